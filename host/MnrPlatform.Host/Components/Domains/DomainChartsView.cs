using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Visualizations;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Components.Charts;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Components.Domains;

/// <summary>A chart drawn on a page of its own (the world map), linked from a domain's Charts tab.</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="Href">Its page for the round and indicator, relative to the base path.</param>
public sealed record ChartLink(string Title, string Href);

/// <summary>
/// A domain's Charts tab: the plugin's aggregate charts built by <see cref="DashboardCharts"/> (those
/// with data first, in the plugin's order; the by-income-group chart only while it adds to the
/// switchable chart), the plugin's own visualizations (<see cref="VisualizationCharts"/>), and links to its maps for the secretariat. A radar of one
/// country's phases belongs to the country profile, not here.
/// </summary>
/// <param name="Charts">The aggregate charts.</param>
/// <param name="Maps">Links to the map page; empty beyond the secretariat.</param>
public sealed record DomainChartsView(IReadOnlyList<ChartView> Charts, IReadOnlyList<ChartLink> Maps)
{
    /// <summary>Builds the tab for <paramref name="round"/> and <paramref name="breakdown"/> as <paramref name="results"/>' viewer may see it.</summary>
    internal static async Task<DomainChartsView> BuildAsync(DashboardCharts charts, VisualizationCharts visualizations, ViewerResults results, CatalogDomain domain, RoundSummary round, Breakdown breakdown, CancellationToken cancellationToken)
    {
        var views = new List<ChartView>();
        var maps = new List<ChartLink>();
        foreach (var chart in domain.Content.Charts)
        {
            if (chart.Kind == ChartKind.Choropleth)
            {
                if (results.Unrestricted)
                {
                    maps.Add(new ChartLink(chart.Title.For(System.Globalization.CultureInfo.CurrentUICulture), $"map?round={Uri.EscapeDataString(round.Code)}&indicator={Uri.EscapeDataString(chart.IndicatorIds[0])}"));
                }
            }
            // By income group, the in-place chart already shows what the by-income-group chart would repeat.
            else if (!(chart.Kind == ChartKind.SharesByIncomeGroup && breakdown == Breakdown.IncomeGroup)
                && await charts.BuildAsync(new ChartRequest(chart.Id, round.Code, breakdown), cancellationToken) is { } view)
            {
                views.Add(view);
            }
        }

        foreach (var visualization in PluginVisualizations.Of(domain))
        {
            if (await visualizations.BuildAsync(new ChartRequest(visualization.Item.Id, round.Code), cancellationToken) is { } view)
            {
                views.Add(view);
            }
        }

        return new DomainChartsView([.. views.OrderByDescending(v => v.HasData || v.Fault is not null)], maps);
    }
}
