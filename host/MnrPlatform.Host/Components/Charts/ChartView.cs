using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Host.Components.Charts;

/// <summary>
/// A chart ready to show: its plotly figure, its data table (always beside it) and where its table
/// downloads as CSV. Built by <see cref="DashboardCharts"/>, shown by <c>ChartCard</c>.
/// </summary>
/// <param name="Id">The chart id (a plugin chart's, or one of <see cref="DashboardCharts"/>' own).</param>
/// <param name="Title">The card's title.</param>
/// <param name="Description">What the chart shows and how to read it.</param>
/// <param name="FigureJson">The plotly figure as JSON; null when there is nothing to draw.</param>
/// <param name="AriaLabel">What a screen reader announces for the figure.</param>
/// <param name="Table">The figures of the chart, as the page and the CSV show them.</param>
/// <param name="EmptyMessage">What the card says instead of an empty chart.</param>
/// <param name="CsvHref">The CSV download of the table, relative to the base path; null when there is none.</param>
/// <param name="Notes">Lines under the table, e.g. why cells are suppressed.</param>
public sealed record ChartView(
    string Id,
    string Title,
    string Description,
    string? FigureJson,
    string AriaLabel,
    ChartTable Table,
    string EmptyMessage,
    string? CsvHref,
    IReadOnlyList<string> Notes)
{
    /// <summary>True when there is a figure to draw.</summary>
    public bool HasData => FigureJson is not null && Table.Rows.Count > 0;

    /// <summary>Why a plugin's visualization could not be drawn (it threw, or its figure was refused); null otherwise.</summary>
    public PluginFault? Fault { get; init; }
}
