namespace MnrPlatform.Data.Entities;

/// <summary>Where a country's submission for one instrument of a round is.</summary>
public enum SubmissionStatus
{
    /// <summary>Being filled in.</summary>
    Draft,

    /// <summary>Sent to the secretariat.</summary>
    Submitted,

    /// <summary>The secretariat asked a question; back with the country.</summary>
    Queried,

    /// <summary>Sent again after a query.</summary>
    Resubmitted,

    /// <summary>Accepted by the secretariat: its answers feed published indicators.</summary>
    Validated,
}
