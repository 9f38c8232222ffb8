namespace MnrPlatform.Data.Entities;

/// <summary>
/// The current answer to one question in a submission. Earlier versions are kept in
/// <see cref="AnswerChange"/> rows, one per change.
/// </summary>
public sealed class Answer
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The submission.</summary>
    public int SubmissionId { get; set; }

    /// <summary>The plugin question's id.</summary>
    public required string QuestionId { get; set; }

    /// <summary>The value as stored (see <c>AnswerValues</c>: a multiple-choice answer holds several codes).</summary>
    public required string Value { get; set; }

    /// <summary>The respondent's comment, if any.</summary>
    public string? Comment { get; set; }

    /// <summary>A link to evidence, if any.</summary>
    public string? EvidenceUrl { get; set; }

    /// <summary>Who set this version (user name); null for answers written before history was kept (the demo seed).</summary>
    public string? SetBy { get; set; }

    /// <summary>When this version was set (UTC); null as for <see cref="SetBy"/>.</summary>
    public DateTimeOffset? SetAt { get; set; }

    /// <summary>
    /// The round this answer was carried forward from, until the country confirms or changes it;
    /// null for an answer given in this round. A carried-forward answer does not count (it is not
    /// an answer for completeness, and indicators leave it out) until it is confirmed.
    /// </summary>
    public string? CarriedFrom { get; set; }
}
