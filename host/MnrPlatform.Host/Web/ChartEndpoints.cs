using System.Globalization;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Exports;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Components.Charts;

namespace MnrPlatform.Host.Web;

/// <summary>
/// Chart tables as CSV: <c>/charts/{chart}/table.csv?round=…[&amp;breakdown=…]</c> holds exactly the
/// table shown beside the chart, built by <see cref="DashboardCharts"/> for the same viewer, so the
/// same scoping and suppression apply. The round's name and, for synthetic data, its label come first.
/// A download is the same in every language: its words are English (<see cref="InEnglish"/>).
/// </summary>
internal static class ChartEndpoints
{
    public static WebApplication MapChartEndpoints(this WebApplication app)
    {
        app.MapGet("/charts/{chart}/table.csv", TableCsvAsync).RequireAuthorization(AccessPolicies.ReadAggregates).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> TableCsvAsync(DashboardCharts charts, VisualizationCharts visualizations, ViewerResults results, string chart, string? round, string? breakdown, CancellationToken cancellationToken)
    {
        InEnglish();
        if (string.IsNullOrWhiteSpace(round))
        {
            return Results.BadRequest("Name the round: ?round=….");
        }

        Core.Indicators.Breakdown by;
        try
        {
            by = BreakdownNames.Parse(breakdown);
        }
        catch (ArgumentException e)
        {
            return Results.BadRequest(e.Message);
        }

        if ((await charts.BuildAsync(new ChartRequest(chart, round, by), cancellationToken)
                ?? await visualizations.BuildAsync(new ChartRequest(chart, round), cancellationToken, drawFigure: false)) is not { } view
            || await results.RoundAsync(round, cancellationToken) is not { } summary)
        {
            return Results.NotFound();
        }

        string[] notes = [$"{view.Title}", .. summary.SyntheticDataLabel is { } label ? [label] : Array.Empty<string>(), .. view.Notes];
        return Results.File(ChartTableCsv.ToBytes(view.Table, notes), "text/csv; charset=utf-8", $"{FileName(chart)}-{FileName(round)}.csv");
    }

    /// <summary>
    /// Sets this request's cultures to English for the rest of the calling async method (an async method's
    /// culture does not flow back to its caller), so a table built for a download has the English words.
    /// </summary>
    internal static void InEnglish()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
    }

    /// <summary><paramref name="text"/> made safe for a download's file name (letters, digits, "-" and "." kept; anything else "-").</summary>
    internal static string FileName(string text) => string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-'));
}
