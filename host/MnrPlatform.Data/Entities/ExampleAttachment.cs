namespace MnrPlatform.Data.Entities;

/// <summary>A file attached to an example (a PDF or an image), checked by its content before it is stored.</summary>
public sealed class ExampleAttachment
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The example.</summary>
    public int ExampleId { get; set; }

    /// <summary>The file name as uploaded (display only; never used as a path).</summary>
    public required string FileName { get; set; }

    /// <summary>The media type found from the content (not from the name).</summary>
    public required string ContentType { get; set; }

    /// <summary>The size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>SHA-256 of the content (hex).</summary>
    public required string Sha256 { get; set; }

    /// <summary>The content.</summary>
    public required byte[] Content { get; set; }

    /// <summary>Who uploaded it (user name).</summary>
    public required string UploadedBy { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset UploadedAt { get; set; }
}
