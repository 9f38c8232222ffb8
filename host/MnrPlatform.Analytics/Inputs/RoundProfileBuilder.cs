using System.Globalization;
using MnrPlatform.Analytics.Peers;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Reference;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Analytics.Inputs;

/// <summary>
/// Turns a round's respondents and the framework catalog into capability profiles and unit
/// attributes. The framework has one capability per catalog capability, in the catalog's order
/// (domain order, then registration order), named in English.
/// </summary>
/// <remarks>
/// <para>
/// Each capability is read from one kind of answer, decided from what the round holds:
/// </para>
/// <list type="number">
/// <item>its maturity phase question (kind <see cref="QuestionKind.MaturityPhase"/>, always shown,
/// i.e. without <see cref="QuestionInfo.ShownWhen"/>; a target phase is shown only with a plan and
/// is not the current phase), when at least one respondent gives a phase 1..4 there: scale
/// <see cref="CapabilityScale.Phases"/>, value (p − 1) / 3;</item>
/// <item>else its review question whose id ends in <c>.in-place</c>, when at least one respondent
/// answers yes or no there: scale <see cref="CapabilityScale.InPlace"/>, yes → 1, no → 0;</item>
/// <item>else nothing: the value is missing (null) for every unit and the capability is nominally on
/// the phase scale. It stays in the framework, so profiles of every round have the same shape, and
/// the distance simply leaves it out (domain-balanced Gower renormalises over what is comparable).</item>
/// </list>
/// <para>
/// The two scales are never mixed within a capability: in a round read by phase, a unit without a
/// phase there is missing even if it answered the in-place question. Any other answer ("don't
/// know", "not applicable", "partly", a malformed phase, several values, no answer) is missing.
/// A respondent without a single capability value is left out of the profiles (it would be at
/// distance 1 from everyone) and listed in <see cref="RoundProfiles.UnitsWithoutValues"/>.
/// Units are identified by ISO3 code; two respondents with the same code are refused by
/// <see cref="ProfileSet"/>. Region is the respondent's UN M49 region and the income group is the
/// World Bank code (L, LM, UM, H) of the round's classification.
/// </para>
/// </remarks>
public static class RoundProfileBuilder
{
    /// <summary>Builds the profiles and attributes of one round.</summary>
    /// <param name="roundLabel">The round's label, e.g. its code "2023-self-assessment".</param>
    /// <param name="catalog">The framework as the active plugins supply it.</param>
    /// <param name="respondents">The round's respondents (e.g. its validated submissions), one per country.</param>
    /// <exception cref="ArgumentException">The catalog has no capability, or two respondents share a country code.</exception>
    public static RoundProfiles Build(string roundLabel, FrameworkCatalog catalog, IEnumerable<Respondent> respondents)
    {
        ArgumentNullException.ThrowIfNull(roundLabel);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(respondents);
        var units = respondents.ToList();
        var readings = catalog.Capabilities
            .Select(capability => Read(capability, catalog.PhaseQuestion(capability.Item.Code), catalog.InPlaceQuestion(capability.Item.Code), units))
            .ToList();

        var framework = new CapabilityFramework(readings.Select(r => r.Capability));
        var profiles = new List<CapabilityProfile>();
        var attributes = new List<UnitAttributes>();
        var withoutValues = new List<string>();
        for (var u = 0; u < units.Count; u++)
        {
            var values = readings.Select(r => r.Values[u]).ToList();
            var respondent = units[u];
            if (values.All(v => v is null))
            {
                withoutValues.Add(respondent.CountryIso3);
                continue;
            }

            profiles.Add(new CapabilityProfile(respondent.CountryIso3, values));
            attributes.Add(new UnitAttributes(
                respondent.CountryIso3,
                respondent.Region,
                respondent.IncomeGroup is { } group ? IncomeGroups.Code(group) : null));
        }

        var set = new ProfileSet(roundLabel, framework, profiles);
        return new RoundProfiles(
            set,
            [.. attributes.OrderBy(a => a.UnitCode, StringComparer.Ordinal)],
            [.. readings.Select(r => r.Source)],
            [.. withoutValues.Order(StringComparer.Ordinal)]);
    }

    private static Reading Read(Owned<CapabilityInfo> capability, QuestionInfo? phase, QuestionInfo? inPlace, List<Respondent> units)
    {
        var code = capability.Item.Code;
        if (phase is not null && Values(units, phase.Id, PhaseValue) is { } phases)
        {
            return Found(capability, CapabilityScale.Phases, ProfileSource.MaturityPhase, phase.Id, phases);
        }

        if (inPlace is not null && Values(units, inPlace.Id, InPlaceValue) is { } answers)
        {
            return Found(capability, CapabilityScale.InPlace, ProfileSource.InPlace, inPlace.Id, answers);
        }

        return new Reading(
            Capability(capability, CapabilityScale.Phases),
            new CapabilitySource(code, ProfileSource.None, null, 0),
            new double?[units.Count]);
    }

    private static Reading Found(Owned<CapabilityInfo> capability, CapabilityScale scale, ProfileSource source, string questionId, double?[] values) =>
        new(Capability(capability, scale), new CapabilitySource(capability.Item.Code, source, questionId, values.Count(v => v is not null)), values);

    private static ProfileCapability Capability(Owned<CapabilityInfo> capability, CapabilityScale scale) =>
        new(capability.Item.Code, capability.Item.Name.English, capability.DomainCode, scale);

    // Each unit's value from one question; null when no unit has one.
    private static double?[]? Values(List<Respondent> units, string questionId, Func<string, double?> read)
    {
        var values = units.Select(u => u.Answers.ValuesOf(questionId) is [var single] ? read(single) : null).ToArray();
        return values.Any(v => v is not null) ? values : null;
    }

    private static double? PhaseValue(string answer) =>
        int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var phase) && phase is >= 1 and <= ProfileValues.PhaseCount
            ? ProfileValues.FromPhase(phase)
            : null;

    private static double? InPlaceValue(string answer) => answer switch
    {
        AnswerCodes.Yes => ProfileValues.FromInPlace(true),
        AnswerCodes.No => ProfileValues.FromInPlace(false),
        _ => null,
    };

    private sealed record Reading(ProfileCapability Capability, CapabilitySource Source, double?[] Values);
}
