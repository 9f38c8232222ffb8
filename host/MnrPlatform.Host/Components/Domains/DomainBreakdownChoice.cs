using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Host.Components.Charts;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Components.Domains;

/// <summary>
/// The breakdowns a domain page offers (those at least one of the domain's indicators allows) and
/// the one it shows. A breakdown that is not one, or that no indicator of the domain allows, is
/// not an error: the page says so and shows all countries.
/// </summary>
/// <param name="Offered">The breakdowns to choose from, all countries first.</param>
/// <param name="Chosen">The breakdown shown.</param>
/// <param name="Problem">Why the breakdown asked for is not shown; null when it is.</param>
public sealed record DomainBreakdownChoice(IReadOnlyList<Breakdown> Offered, Breakdown Chosen, string? Problem)
{
    /// <summary>The choice for the domain's <paramref name="indicators"/> and the <c>breakdown</c> query value; the problem in <paramref name="words"/>' language.</summary>
    public static DomainBreakdownChoice For(IEnumerable<IndicatorInfo> indicators, string? asked, IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var all = indicators.ToList();
        var offered = IndicatorEngine.RoundBreakdowns.Where(b => all.Any(i => IndicatorEngine.Allows(i, b))).ToList();
        if (string.IsNullOrWhiteSpace(asked))
        {
            return new(offered, Breakdown.All, null);
        }

        Breakdown breakdown;
        try
        {
            breakdown = BreakdownNames.Parse(asked);
        }
        catch (ArgumentException)
        {
            return new(offered, Breakdown.All, words["Breakdown.NotABreakdown", BidiText.Isolate(asked)]);
        }

        return offered.Contains(breakdown)
            ? new(offered, breakdown, null)
            : new(offered, Breakdown.All, words["Breakdown.NotOffered", GroupNames.BreakdownName(breakdown, words)]);
    }
}
