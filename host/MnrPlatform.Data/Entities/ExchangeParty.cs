using MnrPlatform.Core.Access;

namespace MnrPlatform.Data.Entities;

/// <summary>One country of an exchange and its consent.</summary>
public sealed class ExchangeParty : ICountryOwned
{
    /// <summary>The exchange.</summary>
    public int ExchangeId { get; set; }

    /// <summary>The country (ISO 3166-1 alpha-3).</summary>
    public required string CountryIso3 { get; set; }

    /// <summary>Learner or host.</summary>
    public ExchangeRole Role { get; set; }

    /// <summary>Its consent.</summary>
    public ConsentState Consent { get; set; }

    /// <summary>What it agreed to share with the other country (its words), once accepted.</summary>
    public string? SharedScope { get; set; }

    /// <summary>When it last answered (UTC).</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Who answered for it.</summary>
    public string? DecidedBy { get; set; }
}
