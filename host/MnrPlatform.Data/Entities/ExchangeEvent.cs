namespace MnrPlatform.Data.Entities;

/// <summary>One step of an exchange, as recorded: who, when, what, for which country, with which scope.</summary>
public sealed class ExchangeEvent
{
    /// <summary>Increasing id: the exchange's history order.</summary>
    public long Id { get; set; }

    /// <summary>The exchange.</summary>
    public int ExchangeId { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who (the user's name at the time).</summary>
    public required string Actor { get; set; }

    /// <summary>What happened, e.g. <c>consent-requested</c>, <c>accepted</c>, <c>withdrawn</c>.</summary>
    public required string Action { get; set; }

    /// <summary>The country the step was for, when it was one country's.</summary>
    public string? CountryIso3 { get; set; }

    /// <summary>What a country agreed to share, for an acceptance; the outcomes, for a completion.</summary>
    public string? Scope { get; set; }
}
