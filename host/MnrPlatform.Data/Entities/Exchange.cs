namespace MnrPlatform.Data.Entities;

/// <summary>A peer-learning exchange between two countries about one capability.</summary>
public sealed class Exchange
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The round whose profiles the suggestion came from.</summary>
    public required string RoundCode { get; set; }

    /// <summary>The capability the learner wants to strengthen.</summary>
    public required string CapabilityCode { get; set; }

    /// <summary>Suggested, consent requested, arranged, completed or closed.</summary>
    public ExchangeStatus Status { get; set; }

    /// <summary>Why the analytics suggested the pair (secretariat only: it compares named countries).</summary>
    public string? Explanation { get; set; }

    /// <summary>What came of the exchange, once completed.</summary>
    public string? Outcomes { get; set; }

    /// <summary>
    /// When the second country consented (UTC); null before. Until then neither country sees
    /// anything of the other, and that stays so if the exchange closes first.
    /// </summary>
    public DateTimeOffset? BothConsentedAt { get; set; }

    /// <summary>When it was suggested (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The two countries, each with its consent.</summary>
    public List<ExchangeParty> Parties { get; } = [];

    /// <summary>Every step: who, when, what, with which scope.</summary>
    public List<ExchangeEvent> Events { get; } = [];
}
