using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Profiles;

namespace MnrPlatform.Data.Exports;

/// <summary>One capability of a country's self-assessment summary, named for a reader.</summary>
/// <param name="Domain">The domain's name.</param>
/// <param name="CapabilityCode">The capability's code.</param>
/// <param name="Capability">The capability's name.</param>
/// <param name="Phase">The self-assessed phase (1–4); null when not given.</param>
/// <param name="PhaseDescription">What that phase looks like for the capability; null without a phase.</param>
/// <param name="InPlace">The "in place?" answer as a label; empty when not answered.</param>
/// <param name="Evidence">The evidence given; null when none.</param>
/// <param name="Plan">The action plan; null when none was set.</param>
public sealed record SelfAssessmentCapability(string Domain, string CapabilityCode, string Capability, int? Phase, string? PhaseDescription, string InPlace, string? Evidence, ActionPlan? Plan);

/// <summary>
/// A country's self-assessment summary and action plan in one round, for its focal points and the
/// secretariat (the country outputs): built from the profile page's read (<see cref="CountryProfilePageReader"/>),
/// so its access rules and audit apply.
/// </summary>
/// <param name="Country">The country.</param>
/// <param name="Round">The round.</param>
/// <param name="IncomeGroupName">Its income group in the round's classification; null when none.</param>
/// <param name="Capabilities">Every capability of the catalog, in domain order.</param>
public sealed record SelfAssessmentOutput(CountryIdentity Country, RoundSummary Round, string? IncomeGroupName, IReadOnlyList<SelfAssessmentCapability> Capabilities)
{
    /// <summary>The capabilities with an action plan.</summary>
    public IReadOnlyList<SelfAssessmentCapability> Plans => [.. Capabilities.Where(c => c.Plan is not null)];

    /// <summary>True when the country gave a phase for at least one capability.</summary>
    public bool HasPhases => Capabilities.Any(c => c.Phase is not null);

    /// <summary>True when the country answered at least one "in place?" question.</summary>
    public bool HasInPlace => Capabilities.Any(c => c.InPlace.Length > 0);

    /// <summary>The output of <paramref name="page"/>'s shown round; null when it has none.</summary>
    /// <param name="page">The profile page as read for the viewer.</param>
    /// <param name="catalog">Names the domains and describes the phases.</param>
    /// <param name="inPlaceLabel">Words an "in place?" answer code (e.g. "Don't know").</param>
    public static SelfAssessmentOutput? From(CountryProfilePage page, FrameworkCatalog catalog, Func<string, string> inPlaceLabel)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(inPlaceLabel);
        if (page.Round is not { } round || page.Profile is not { } profile)
        {
            return null;
        }

        return new SelfAssessmentOutput(page.Country, round, page.IncomeGroupName, [.. profile.Capabilities.Select(c => new SelfAssessmentCapability(
            catalog.Domain(c.DomainCode)?.Content.Domain.Name.English ?? c.DomainCode,
            c.CapabilityCode,
            c.Name,
            c.Phase,
            c.Phase is { } phase && catalog.Capability(c.CapabilityCode) is { } info ? info.Item.Phases[phase].English : null,
            c.InPlace is { } answer ? inPlaceLabel(answer) : "",
            c.Evidence,
            c.Plan))]);
    }
}
