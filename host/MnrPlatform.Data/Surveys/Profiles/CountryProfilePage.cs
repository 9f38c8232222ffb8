namespace MnrPlatform.Data.Surveys.Profiles;

/// <summary>A country as a profile's header names it.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">Short name.</param>
/// <param name="Region">UN M49 region; null when it has none.</param>
public sealed record CountryIdentity(string Iso3, string Name, string? Region);

/// <summary>Everything a country's profile shows, read for one viewer.</summary>
/// <param name="Country">The country.</param>
/// <param name="Rounds">The rounds where it has validated answers, newest first.</param>
/// <param name="Round">The round shown: the one asked for, else the newest; null when it has no validated answers yet.</param>
/// <param name="IncomeGroupName">The country's income group in the shown round's classification; null when none.</param>
/// <param name="UnknownRound">True when a round was asked for in which the country has no validated answers.</param>
/// <param name="Profile">Its answers in <paramref name="Round"/>; null with it.</param>
/// <param name="Medians">Its income group's medians in <paramref name="Round"/>; null when the round is not published yet.</param>
/// <param name="History">Its profile in every round of <paramref name="Rounds"/>, newest first.</param>
public sealed record CountryProfilePage(
    CountryIdentity Country,
    IReadOnlyList<RoundSummary> Rounds,
    RoundSummary? Round,
    string? IncomeGroupName,
    bool UnknownRound,
    CountryProfile? Profile,
    IncomeGroupMedians? Medians,
    IReadOnlyList<CountryProfile> History)
{
    /// <summary>Strengths against the income-group median (none without medians).</summary>
    public IReadOnlyList<ProfileFinding> Strengths =>
        Profile is null || Medians is null ? [] : ProfileFindings.Strengths(Profile, Medians);

    /// <summary>Areas to look at: below the median, or reported not in place.</summary>
    public IReadOnlyList<ProfileFinding> AreasToLookAt =>
        Profile is null ? [] : ProfileFindings.AreasToLookAt(Profile, Medians);

    /// <summary>The capabilities with an action plan in the shown round.</summary>
    public IReadOnlyList<CapabilityStatus> Plans => Profile is null ? [] : [.. Profile.Capabilities.Where(c => c.Plan is not null)];

    /// <summary>The round of a history entry.</summary>
    public RoundSummary RoundOf(CountryProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Rounds.First(r => r.Code == profile.RoundCode);
    }
}
