namespace MnrPlatform.Data.Surveys.Rounds;

/// <summary>What the secretariat gives to create a round (web, CLI or API).</summary>
/// <param name="Code">Stable code, e.g. <c>2027-review</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Year">The year the round refers to.</param>
/// <param name="Instruments">The instruments' codes, at least one.</param>
public sealed record RoundDefinition(string Code, string Name, int Year, IReadOnlyList<string> Instruments)
{
    /// <summary>The World Bank classification year for income breakdowns; null: the newest in the reference data.</summary>
    public int? IncomeClassificationYear { get; init; }

    /// <summary>The countries invited to every instrument; empty: none yet (they can be added while the round is a draft).</summary>
    public CountrySelection Countries { get; init; } = CountrySelection.None;

    /// <summary>When answers are due; null: no deadline.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>The round whose answers pre-fill the questionnaires; null: none.</summary>
    public string? CarryForwardFrom { get; init; }
}

/// <summary>
/// A choice of countries: the union of a list, regions, income groups and the countries of an
/// earlier round.
/// </summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 codes.</param>
/// <param name="Regions">UN M49 region or sub-region names, e.g. "Africa".</param>
/// <param name="IncomeGroups">World Bank income group codes (e.g. "LIC", "HIC") in the round's classification year.</param>
/// <param name="CountriesOfRound">The code of a round whose participants are taken; null: none.</param>
public sealed record CountrySelection(
    IReadOnlyList<string> Iso3,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> IncomeGroups,
    string? CountriesOfRound)
{
    /// <summary>No country.</summary>
    public static CountrySelection None { get; } = new([], [], [], null);

    /// <summary>Exactly these countries.</summary>
    public static CountrySelection Of(params string[] iso3) => new(iso3, [], [], null);

    /// <summary>True when nothing is chosen.</summary>
    public bool IsEmpty => Iso3.Count == 0 && Regions.Count == 0 && IncomeGroups.Count == 0 && CountriesOfRound is null;
}

/// <summary>A country invited to an instrument of a round, as the round page lists it.</summary>
/// <param name="CountryIso3">The country.</param>
/// <param name="CountryName">Its name.</param>
/// <param name="InstrumentCode">The instrument.</param>
/// <param name="Deadline">Its deadline (its own, or the round's); null: none.</param>
/// <param name="HasOwnDeadline">True when the country was given its own deadline.</param>
/// <param name="SubmissionStatus">Where its answers are; null: not started.</param>
/// <param name="IsLate">True when the deadline has passed and nothing is submitted.</param>
public sealed record RoundParticipantView(
    string CountryIso3,
    string CountryName,
    string InstrumentCode,
    DateTimeOffset? Deadline,
    bool HasOwnDeadline,
    Entities.SubmissionStatus? SubmissionStatus,
    bool IsLate);
