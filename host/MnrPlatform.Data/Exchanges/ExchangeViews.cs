using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Exchanges;

/// <summary>An exchange as the secretariat sees it: both countries, their consent and the history.</summary>
/// <param name="Id">The exchange.</param>
/// <param name="RoundCode">The round the suggestion came from.</param>
/// <param name="CapabilityCode">The capability.</param>
/// <param name="Status">Where it is.</param>
/// <param name="Explanation">Why it was suggested.</param>
/// <param name="Outcomes">What came of it.</param>
/// <param name="Parties">Learner and host with their consent.</param>
/// <param name="History">Every step, oldest first.</param>
public sealed record ExchangeRecord(
    int Id,
    string RoundCode,
    string CapabilityCode,
    ExchangeStatus Status,
    string? Explanation,
    string? Outcomes,
    IReadOnlyList<PartyRecord> Parties,
    IReadOnlyList<StepRecord> History)
{
    /// <summary>The party with <paramref name="role"/>.</summary>
    public PartyRecord Party(ExchangeRole role) => Parties.Single(p => p.Role == role);
}

/// <summary>One country of an exchange.</summary>
/// <param name="CountryIso3">The country.</param>
/// <param name="Role">Learner or host.</param>
/// <param name="Consent">Its consent.</param>
/// <param name="SharedScope">What it agreed to share.</param>
public sealed record PartyRecord(string CountryIso3, ExchangeRole Role, ConsentState Consent, string? SharedScope);

/// <summary>One recorded step.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What.</param>
/// <param name="CountryIso3">For which country.</param>
/// <param name="Scope">What was agreed to be shared, or the outcomes.</param>
public sealed record StepRecord(DateTimeOffset At, string Actor, string Action, string? CountryIso3, string? Scope);

/// <summary>
/// An exchange request as one of its countries sees it. The other country, and what it agreed to
/// share, appear only once both have consented: before that this country sees nothing of the other.
/// </summary>
/// <param name="Id">The exchange.</param>
/// <param name="CapabilityCode">The capability.</param>
/// <param name="Status">Where it is.</param>
/// <param name="Role">This country's part.</param>
/// <param name="Consent">This country's consent.</param>
/// <param name="SharedScope">What this country agreed to share.</param>
/// <param name="OtherCountryIso3">The other country, once both consented; else null.</param>
/// <param name="OtherSharedScope">What the other country agreed to share, once both consented; else null.</param>
public sealed record CountryExchangeView(
    int Id,
    string CapabilityCode,
    ExchangeStatus Status,
    ExchangeRole Role,
    ConsentState Consent,
    string? SharedScope,
    string? OtherCountryIso3,
    string? OtherSharedScope)
{
    /// <summary>Whether this country can still answer the request.</summary>
    public bool AwaitsAnswer => Status == ExchangeStatus.ConsentRequested && Consent == ConsentState.Pending;

    /// <summary>Whether this country can withdraw.</summary>
    public bool CanWithdraw => Status is ExchangeStatus.ConsentRequested or ExchangeStatus.Arranged && Consent is ConsentState.Pending or ConsentState.Accepted;
}

/// <summary>A step that is not allowed in the exchange's current state.</summary>
public sealed class ExchangeStateException(string message) : Exception(message);
