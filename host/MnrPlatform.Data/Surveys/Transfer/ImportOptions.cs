using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>Limits of reading a file for import.</summary>
public sealed record ImportReadOptions
{
    /// <summary>The default size limit: 20 MB.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Files larger than this are refused before they are parsed. Default 20 MB.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>At most this many problems are listed (all are counted). Default 1000.</summary>
    public int MaxProblems { get; init; } = 1000;
}

/// <summary>Choices made when applying an import.</summary>
public sealed record ImportApplyOptions
{
    /// <summary>
    /// The status of a submission the import creates: <see cref="SubmissionStatus.Submitted"/> by
    /// default (the answers await the secretariat's validation), or
    /// <see cref="SubmissionStatus.Validated"/> when the file holds already validated answers.
    /// Existing submissions keep their status.
    /// </summary>
    public SubmissionStatus NewSubmissionStatus { get; init; } = SubmissionStatus.Submitted;
}
