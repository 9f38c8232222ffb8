namespace MnrPlatform.Data.Entities;

/// <summary>
/// One change of an answer: the version it replaced (value, comment, evidence, who set it and
/// when) and what replaced it (the new value, or null when the answer was cleared, who, when, how).
/// A first answer writes no row: the answer itself records who set it and when.
/// </summary>
public sealed class AnswerChange
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The submission.</summary>
    public int SubmissionId { get; set; }

    /// <summary>The question.</summary>
    public required string QuestionId { get; set; }

    /// <summary>The replaced value.</summary>
    public required string OldValue { get; set; }

    /// <summary>The replaced comment.</summary>
    public string? OldComment { get; set; }

    /// <summary>The replaced evidence link.</summary>
    public string? OldEvidenceUrl { get; set; }

    /// <summary>Who had set the replaced version.</summary>
    public string? OldSetBy { get; set; }

    /// <summary>When the replaced version had been set.</summary>
    public DateTimeOffset? OldSetAt { get; set; }

    /// <summary>The new value; null when the answer was cleared.</summary>
    public string? NewValue { get; set; }

    /// <summary>Who made the change.</summary>
    public required string ChangedBy { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>How: <see cref="AnswerSources.Form"/> or <see cref="AnswerSources.Import"/>.</summary>
    public required string Source { get; set; }
}

/// <summary>How an answer was written.</summary>
public static class AnswerSources
{
    /// <summary>Through the questionnaire.</summary>
    public const string Form = "form";

    /// <summary>By a file import.</summary>
    public const string Import = "import";
}
