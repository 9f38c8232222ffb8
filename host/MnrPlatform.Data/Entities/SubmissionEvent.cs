namespace MnrPlatform.Data.Entities;

/// <summary>
/// A step of a submission's review: submitted, queried (with the secretariat's question),
/// resubmitted (with the country's reply), validated, reopened, imported.
/// </summary>
public sealed class SubmissionEvent
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The submission.</summary>
    public int SubmissionId { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who (user name).</summary>
    public required string Actor { get; set; }

    /// <summary>What happened (see <see cref="SubmissionActions"/>).</summary>
    public required string Action { get; set; }

    /// <summary>The status before.</summary>
    public SubmissionStatus FromStatus { get; set; }

    /// <summary>The status after.</summary>
    public SubmissionStatus ToStatus { get; set; }

    /// <summary>The query, the reply or a note; null when none was given.</summary>
    public string? Comment { get; set; }

    /// <summary>The question a query is about; null when it is about the whole submission.</summary>
    public string? QuestionId { get; set; }
}

/// <summary>The steps recorded as <see cref="SubmissionEvent.Action"/>.</summary>
public static class SubmissionActions
{
    /// <summary>The country sent its answers.</summary>
    public const string Submitted = "submitted";

    /// <summary>The secretariat asked a question.</summary>
    public const string Queried = "queried";

    /// <summary>The country answered a query and sent its answers again.</summary>
    public const string Resubmitted = "resubmitted";

    /// <summary>The secretariat accepted the answers.</summary>
    public const string Validated = "validated";

    /// <summary>The secretariat took a validation back (the submission is a draft again).</summary>
    public const string Reopened = "reopened";

    /// <summary>Answers arrived by file import.</summary>
    public const string Imported = "imported";
}
