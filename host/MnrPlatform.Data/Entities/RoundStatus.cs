namespace MnrPlatform.Data.Entities;

/// <summary>Where a survey round is in its life.</summary>
public enum RoundStatus
{
    /// <summary>Focal points may answer and submit.</summary>
    Open,

    /// <summary>No more answers; the secretariat validates.</summary>
    Closed,

    /// <summary>Results are published.</summary>
    Published,

    /// <summary>
    /// Being set up: only the secretariat sees it; instruments and invited countries may change.
    /// Declared last so that a round made without a status stays open, as before drafts existed.
    /// </summary>
    Draft,
}
