using System.Globalization;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Visualizations;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Host.Components.Charts;

/// <summary>
/// Builds the cards of the visualizations plugins draw themselves: the input from the results the
/// viewer may see (<see cref="ViewerResults"/>), the figure through <see cref="VisualizationRenderer"/>
/// (guarded and checked), and the data table and CSV from the same input, so the table holds every
/// number the plugin received. A secretariat-only visualization is nobody else's.
/// </summary>
internal sealed class VisualizationCharts(ViewerResults results, FrameworkCatalog catalog, VisualizationRenderer renderer, IStringLocalizer<DomainText> words)
{
    /// <summary>
    /// The card of visualization <paramref name="request"/> names; null when no active plugin has it,
    /// the viewer may not see it or the round. Without <paramref name="drawFigure"/> (the CSV) no plugin code runs.
    /// </summary>
    public async Task<ChartView?> BuildAsync(ChartRequest request, CancellationToken cancellationToken, bool drawFigure = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (PluginVisualizations.Find(catalog, request.ChartId) is not { } visualization
            || (visualization.Item.SecretariatOnly && !results.Unrestricted)
            || await results.RoundAsync(request.RoundCode, cancellationToken) is not { } round)
        {
            return null;
        }

        var culture = CultureInfo.CurrentUICulture;
        var info = visualization.Item;
        var declared = info.IndicatorIds.Select(catalog.Indicator).OfType<Owned<IndicatorInfo>>().ToList();
        var shown = await results.GetAsync(round.Code, declared, Breakdowns(info), cancellationToken);
        var input = VisualizationInputs.From(declared, shown, culture, round.Name, s => SuppressionText.Cell(s, words));
        var answered = input.Indicators.Any(i => i.Overall is { Denominator: > 0 } or { IsHidden: true });
        var figure = drawFigure && answered ? renderer.Render(visualization, input) : null;
        var notes = new List<string>();
        if (SuppressionText.Note(shown.SelectMany(r => r.Groups), results.Rule, words) is { } note)
        {
            notes.Add(note);
        }

        return new ChartView(
            info.Id,
            words["Chart.Title", info.Title.For(culture), BidiText.Isolate(round.Name)],
            info.Description.For(culture),
            figure?.Json,
            words["Chart.Visualization.Aria", visualization.PluginId, info.Title.For(culture)],
            answered ? Table(input, words) : new ChartTable(words["Chart.Col.Indicator"], [], []),
            words["Chart.Visualization.Empty", BidiText.Isolate(round.Name)],
            DashboardCharts.CsvHref(request with { Breakdown = Breakdown.All }),
            notes)
        {
            Fault = figure?.Fault,
        };
    }

    /// <summary>The breakdowns a visualization receives: all countries and those it declares.</summary>
    internal static IReadOnlyCollection<Breakdown> Breakdowns(VisualizationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var wanted = new List<Breakdown> { Breakdown.All };
        if (info.Breakdowns.HasFlag(Sdk.Content.Breakdowns.IncomeGroup))
        {
            wanted.AddRange([Breakdown.IncomeGroup, Breakdown.IncomeBand]);
        }

        if (info.Breakdowns.HasFlag(Sdk.Content.Breakdowns.Region))
        {
            wanted.Add(Breakdown.Region);
        }

        if (info.Breakdowns.HasFlag(Sdk.Content.Breakdowns.Instrument))
        {
            wanted.Add(Breakdown.Instrument);
        }

        return wanted;
    }

    /// <summary>A row per indicator, a column per group received (all countries first): the value with n of N, or why it is hidden.</summary>
    internal static ChartTable Table(VisualizationInput input, IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(words);
        var columns = input.Indicators.SelectMany(i => i.Breakdowns.SelectMany(b => b.Groups.Select(g => (Key: $"{b.Name}:{g.Code}", g.Name))))
            .Distinct()
            .ToList();
        return new ChartTable(
            words["Chart.Col.Indicator"],
            [.. columns.Select(c => new ChartColumn(c.Key, GroupNames.Of(BreakdownNames.Parse(c.Key.Split(':')[0]), c.Key[(c.Key.IndexOf(':', StringComparison.Ordinal) + 1)..], c.Name, words)))],
            [.. input.Indicators.Select(i => new ChartRow(i.Id, i.Name, [.. columns.Select(c => Cell(i, c.Key, words))]))]);
    }

    private static string Cell(VisualizationIndicator indicator, string key, IStringLocalizer<DomainText> words)
    {
        var group = indicator.Breakdowns.SelectMany(b => b.Groups.Select(g => (Key: $"{b.Name}:{g.Code}", Group: g))).FirstOrDefault(x => x.Key == key).Group;
        return group switch
        {
            null => words["NoAnswers"],
            { IsHidden: true } => group.Hidden!,
            { Value: { } value, Numerator: { } n, Denominator: { } d } => words["Chart.GroupCell", IndicatorValueText(value), words["Counts", n, d]],
            _ => words["NoAnswers"],
        };
    }

    private static string IndicatorValueText(decimal value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
}
