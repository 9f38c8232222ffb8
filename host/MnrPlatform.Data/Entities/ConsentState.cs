namespace MnrPlatform.Data.Entities;

/// <summary>A country's consent to an exchange.</summary>
public enum ConsentState
{
    /// <summary>Not asked yet (the exchange is only a suggestion).</summary>
    NotAsked,

    /// <summary>Asked, no answer yet.</summary>
    Pending,

    /// <summary>Agreed, with what it agreed to share.</summary>
    Accepted,

    /// <summary>Said no.</summary>
    Declined,

    /// <summary>Agreed earlier, then withdrew.</summary>
    Withdrawn,
}
