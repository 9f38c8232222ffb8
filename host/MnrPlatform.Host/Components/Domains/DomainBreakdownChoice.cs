using MnrPlatform.Core.Indicators;
using MnrPlatform.Host.Components.Charts;
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
    /// <summary>The choice for the domain's <paramref name="indicators"/> and the <c>breakdown</c> query value.</summary>
    public static DomainBreakdownChoice For(IEnumerable<IndicatorInfo> indicators, string? asked)
    {
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
            return new(offered, Breakdown.All, $"\"{asked}\" is not a breakdown. Showing all countries.");
        }

        return offered.Contains(breakdown)
            ? new(offered, breakdown, null)
            : new(offered, Breakdown.All, $"The indicators of this domain are not broken down by {DashboardCharts.BreakdownName(breakdown)}. Showing all countries.");
    }

    /// <summary>How the breakdown switch names <paramref name="breakdown"/>.</summary>
    public static string Label(Breakdown breakdown) => breakdown switch
    {
        Breakdown.IncomeGroup => "Income group (World Bank)",
        Breakdown.IncomeBand => "High income against low and middle income",
        Breakdown.Region => "Region (UN M49)",
        Breakdown.Instrument => "Survey instrument",
        _ => "All countries",
    };
}
