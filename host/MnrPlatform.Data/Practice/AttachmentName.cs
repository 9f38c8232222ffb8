using System.Globalization;

namespace MnrPlatform.Data.Practice;

/// <summary>An uploaded file's name as shown and offered for download: no folders, no control characters, at most 255 characters.</summary>
internal static class AttachmentName
{
    private const int MaxLength = 255;

    public static string Clean(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = new string(name[(name.LastIndexOf('/') + 1)..].Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0 || name.Trim('.').Length == 0)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.FileNoName"), "File");
        }

        if (name.Length > MaxLength)
        {
            var extension = Path.GetExtension(name);
            name = name[..(MaxLength - extension.Length)] + extension;
        }

        return name;
    }

    /// <summary>A byte count for people: "10 MB", "512 KB".</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0.#} KB");
}
