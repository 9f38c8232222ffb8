namespace MnrPlatform.Data.Practice;

/// <summary>Limits on the files attached to examples (configuration section <c>Practice:Attachments</c>).</summary>
public sealed class AttachmentOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Practice:Attachments";

    /// <summary>The largest file accepted, in bytes (default 10 MB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most files one example may have (default 10).</summary>
    public int MaxPerExample { get; set; } = 10;

    /// <summary>
    /// The most bytes the compressed streams of one PDF may expand to while they are checked for
    /// script (default 100 MB); a PDF that expands further is refused rather than left unchecked.
    /// </summary>
    public long MaxInflatedBytes { get; set; } = 100 * 1024 * 1024;
}
