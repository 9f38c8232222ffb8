using System.Text.RegularExpressions;

namespace MnrPlatform.Data.Practice;

/// <summary>The themes the secretariat tags examples with: short lower-case codes ("online-grooming").</summary>
public static partial class ExampleThemes
{
    /// <summary>The most themes an example may carry.</summary>
    public const int MaxThemes = 20;

    /// <summary>The longest theme code.</summary>
    public const int MaxLength = 50;

    /// <summary>Trimmed, lower-cased, without repeats; throws a <see cref="PracticeException"/> (field Themes) for a code that is not lower-case letters, digits and hyphens.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<string>? themes)
    {
        var codes = (themes ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count > MaxThemes)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.ThemeCount", MaxThemes, codes.Count), nameof(ExampleCuration.Themes));
        }

        foreach (var code in codes)
        {
            if (code.Length > MaxLength || !Code().IsMatch(code))
            {
                throw new PracticeException(PracticeWords.Of("Refusal.Theme", code, MaxLength), nameof(ExampleCuration.Themes));
            }
        }

        return codes;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
