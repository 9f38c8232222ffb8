namespace MnrPlatform.Data.Entities;

/// <summary>
/// An uploaded answer file waiting between its preview and the person's "apply": kept in the store,
/// not in one host's memory, so any instance behind the load balancer can apply it.
/// </summary>
public sealed class PendingImport
{
    /// <summary>Random key (the web page holds it between preview and apply).</summary>
    public Guid Id { get; set; }

    /// <summary>The round the file is imported into.</summary>
    public required string RoundCode { get; set; }

    /// <summary>The uploaded file's name.</summary>
    public required string FileName { get; set; }

    /// <summary>The file as uploaded.</summary>
    public required byte[] Content { get; set; }

    /// <summary>Who uploaded it (only they may apply it).</summary>
    public required string UploadedBy { get; set; }

    /// <summary>When (UTC); uploads older than a day are removed.</summary>
    public DateTimeOffset UploadedAt { get; set; }
}
