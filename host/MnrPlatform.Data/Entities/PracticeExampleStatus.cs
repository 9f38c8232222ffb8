namespace MnrPlatform.Data.Entities;

/// <summary>Where an example is in curation.</summary>
public enum PracticeExampleStatus
{
    /// <summary>Being written; only its country and the secretariat see it.</summary>
    Draft,

    /// <summary>Sent to the secretariat for review.</summary>
    InReview,

    /// <summary>The secretariat suggested edits; back with the country.</summary>
    EditsSuggested,

    /// <summary>Reviewed and tagged; may be shown beyond the secretariat with the country's consent.</summary>
    Approved,

    /// <summary>Taken out of the library; seen by the secretariat and its country only.</summary>
    Archived,
}
