namespace MnrPlatform.Data.Entities;

/// <summary>A country invited to answer one instrument of a round.</summary>
public sealed class RoundParticipant
{
    /// <summary>The round.</summary>
    public int RoundId { get; set; }

    /// <summary>The instrument the country answers.</summary>
    public required string InstrumentCode { get; set; }

    /// <summary>The country (ISO 3166-1 alpha-3).</summary>
    public required string CountryIso3 { get; set; }

    /// <summary>When it was invited (UTC).</summary>
    public DateTimeOffset InvitedAt { get; set; }

    /// <summary>A deadline given to this country alone; null: the round's deadline.</summary>
    public DateTimeOffset? DeadlineOverride { get; set; }
}
