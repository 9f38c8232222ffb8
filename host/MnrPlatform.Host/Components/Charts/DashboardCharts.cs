using System.Globalization;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;
using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Components.Charts;

/// <summary>A chart as a page or a download asks for it.</summary>
/// <param name="ChartId">A plugin chart's id, or one of <see cref="DashboardCharts"/>' own.</param>
/// <param name="RoundCode">The round.</param>
/// <param name="Breakdown">The breakdown, for charts that can switch.</param>
internal sealed record ChartRequest(string ChartId, string RoundCode, Breakdown Breakdown = Breakdown.All);

/// <summary>
/// Builds the dashboard's charts (figure, data table, CSV link) from the indicator results the
/// viewer may see (<see cref="ViewerResults"/>): the overview's capability snapshot and its income
/// split, and the plugins' aggregate charts. Pages and the CSV download call the same method, so a
/// download holds exactly the table beside the chart. Words and plugin names are in the request's
/// culture; the CSV download asks in English.
/// </summary>
internal sealed class DashboardCharts(ViewerResults results, FrameworkCatalog catalog, IndicatorEngine engine, IStringLocalizer<DomainText> words)
{
    /// <summary>The review's Figure 1 over every domain.</summary>
    public const string SnapshotId = "overview.snapshot";

    /// <summary>Figure 1's rows, high income against low and middle income.</summary>
    public const string SnapshotByIncomeId = "overview.snapshot-by-income";

    /// <summary>
    /// The chart of <paramref name="request"/>; null when there is no such chart the viewer may see
    /// in that round, or its kind is not an aggregate chart.
    /// </summary>
    public async Task<ChartView?> BuildAsync(ChartRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await results.RoundAsync(request.RoundCode, cancellationToken) is not { } round)
        {
            return null;
        }

        if (request.ChartId == SnapshotId)
        {
            return await SharesAsync(request, round, words["Chart.SnapshotTitle", BidiText.Isolate(round.Name)], engine.SnapshotIndicators, Breakdown.All, cancellationToken);
        }

        if (request.ChartId == SnapshotByIncomeId)
        {
            return await SharesAsync(request, round, words["Chart.ByIncomeTitle", BidiText.Isolate(round.Name)], engine.SnapshotIndicators, Breakdown.IncomeBand, cancellationToken);
        }

        if (catalog.Chart(request.ChartId) is not { } chart || (chart.Item.SecretariatOnly && !results.Unrestricted))
        {
            return null;
        }

        var indicators = chart.Item.IndicatorIds.Select(catalog.Indicator).OfType<Owned<IndicatorInfo>>().ToList();
        string title = words["Chart.Title", chart.Item.Title.For(CultureInfo.CurrentUICulture), BidiText.Isolate(round.Name)];
        return chart.Item.Kind switch
        {
            ChartKind.StackedShares => await SharesAsync(request, round, title, indicators, request.Breakdown, cancellationToken),
            ChartKind.SharesByIncomeGroup => await SharesAsync(request, round, title, indicators, Breakdown.IncomeGroup, cancellationToken),
            ChartKind.PhaseDistribution => await PhasesAsync(request with { Breakdown = Breakdown.All }, round, title, indicators, cancellationToken),
            _ => null,
        };
    }

    /// <summary>The CSV download of a chart's table, relative to the base path.</summary>
    public static string CsvHref(ChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var breakdown = request.Breakdown == Breakdown.All ? "" : $"&breakdown={BreakdownNames.Name(request.Breakdown)}";
        return $"charts/{Uri.EscapeDataString(request.ChartId)}/table.csv?round={Uri.EscapeDataString(request.RoundCode)}{breakdown}";
    }

    private async Task<ChartView> SharesAsync(ChartRequest request, RoundSummary round, string title, IEnumerable<Owned<IndicatorInfo>> indicators, Breakdown breakdown, CancellationToken cancellationToken)
    {
        var wanted = indicators.ToList();
        var all = await results.GetAsync(round.Code, wanted, [Breakdown.All, breakdown], cancellationToken);
        // Rows are the indicators somebody answered, highest share first; those hidden from this viewer last.
        var rows = all.Where(r => r.Breakdown == Breakdown.All && r.Overall is { } g && (g.Denominator is > 0 || g.Suppression is Suppression.Primary or Suppression.Complementary))
            .OrderByDescending(r => r.Overall!.IsPublished)
            .ThenByDescending(r => r.Overall!.Value)
            .ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        var csvHref = CsvHref(request with { Breakdown = breakdown });
        string empty = words["Chart.Empty", BidiText.Isolate(round.Name)];
        var figureWords = ChartWordsText.From(words);
        var notes = new List<string>();
        if (breakdown == Breakdown.All)
        {
            var table = new ChartTable(words["Chart.Col.Capability"], [new("percent", words["Chart.Col.Percent"]), new("count", words["Chart.Col.Count"]), new("domain", words["Chart.Col.Domain"], Numeric: false)],
                [.. rows.Select(r => new ChartRow(r.Indicator.Item.Id, Label(r), [SuppressionText.Percent(r.Overall, words), SuppressionText.Counts(r.Overall, words), DomainName(r)]))]);
            AddNote(notes, rows.Select(r => r.Overall!));
            return new ChartView(
                request.ChartId,
                title,
                words["Chart.Shares.Description"],
                rows.Count == 0 ? null : FigureJson.Serialize(ShareFigures.StackedShares([.. rows.Select(r => new ShareRow(Label(r), r.Overall!))], figureWords)),
                words["Chart.Shares.Aria"],
                table,
                empty,
                csvHref,
                notes);
        }

        var byGroup = all.Where(r => r.Breakdown == breakdown).ToDictionary(r => r.Indicator.Item.Id, StringComparer.Ordinal);
        var grouped = rows.Where(r => byGroup.ContainsKey(r.Indicator.Item.Id)).Select(r => new GroupedShareRow(Label(r), [.. byGroup[r.Indicator.Item.Id].Groups.Select(g => GroupNames.Named(breakdown, g, words))])).ToList();
        var groups = grouped.SelectMany(r => r.Groups.Select(g => (g.Code, g.Name))).Distinct().ToList();
        var byRow = rows.Where(r => byGroup.ContainsKey(r.Indicator.Item.Id)).ToList();
        var groupTable = new ChartTable(
            words["Chart.Col.Capability"],
            [.. groups.Select(g => new ChartColumn(g.Code, g.Name))],
            [.. byRow.Select(r => new ChartRow(r.Indicator.Item.Id, Label(r), [.. groups.Select(g => GroupCell(byGroup[r.Indicator.Item.Id].Group(g.Code), words))]))]);
        AddNote(notes, grouped.SelectMany(r => r.Groups));
        return new ChartView(
            request.ChartId,
            title,
            words["Chart.Grouped.Description", GroupNames.BreakdownName(breakdown, words)],
            grouped.Count == 0 || groups.Count == 0 ? null : FigureJson.Serialize(ShareFigures.SharesByGroup(grouped, figureWords)),
            words["Chart.Grouped.Aria", GroupNames.BreakdownName(breakdown, words)],
            groupTable,
            empty,
            csvHref,
            notes);
    }

    /// <summary>
    /// The phase distribution: a row per capability with answers, its phase 1 to 4 indicators picked
    /// as the content rules require them (<see cref="ChartNeeds.PhaseRows"/>); the table gives each phase's per cent and n of N.
    /// </summary>
    private async Task<ChartView> PhasesAsync(ChartRequest request, RoundSummary round, string title, IReadOnlyList<Owned<IndicatorInfo>> indicators, CancellationToken cancellationToken)
    {
        var shown = (await results.GetAsync(round.Code, indicators, [Breakdown.All], cancellationToken)).ToDictionary(r => r.Indicator.Item.Id, r => r.Overall, StringComparer.Ordinal);
        var rows = ChartNeeds.PhaseRows(indicators.Select(i => i.Item))
            .Select(g => (Key: g.CapabilityCode, Row: new PhaseRow(catalog.Capability(g.CapabilityCode)?.Item.Name.For(CultureInfo.CurrentUICulture) ?? g.CapabilityCode, [.. g.Phases.Select(i => i is null ? null : shown.GetValueOrDefault(i.Id))])))
            .Where(r => r.Row.Phases.Any(p => p is { Denominator: > 0 } || p?.Suppression is Suppression.Primary or Suppression.Complementary))
            .ToList();
        var phases = Enumerable.Range(1, PhaseDistributionFigure.PhaseCount).Select(p => p.ToString(CultureInfo.InvariantCulture)).ToList();
        var table = new ChartTable(
            words["Chart.Col.Capability"],
            [.. phases.SelectMany(p => new ChartColumn[] { new($"phase-{p}", words["Chart.Col.PhasePercent", p]), new($"phase-{p}-count", words["Chart.Col.PhaseCount", p]) })],
            [.. rows.Select(r => new ChartRow(r.Key, r.Row.Label, [.. r.Row.Phases.SelectMany(g => new[] { SuppressionText.Percent(g, words), SuppressionText.Counts(g, words) })]))]);
        var notes = new List<string>();
        AddNote(notes, rows.SelectMany(r => r.Row.Phases.OfType<ShownGroup>()));
        return new ChartView(
            request.ChartId,
            title,
            words["Chart.Phases.Description"],
            rows.Count == 0 ? null : FigureJson.Serialize(PhaseDistributionFigure.Build([.. rows.Select(r => r.Row)], ChartWordsText.From(words))),
            words["Chart.Phases.Aria"],
            table,
            words["Chart.Phases.Empty", BidiText.Isolate(round.Name)],
            CsvHref(request),
            notes);
    }

    private void AddNote(List<string> notes, IEnumerable<ShownGroup> groups)
    {
        if (SuppressionText.Note(groups, results.Rule, words) is { } note)
        {
            notes.Add(note);
        }
    }

    /// <summary>A group's cell: the value with its n of N ("76 (32 of 42)"), or why it is hidden.</summary>
    public static string GroupCell(ShownGroup? value, IStringLocalizer<DomainText> words) =>
        value is { IsPublished: true } ? words["Chart.GroupCell", value.Display, SuppressionText.Counts(value, words)] : SuppressionText.Percent(value, words);

    // A row's label: the indicator's name in the request's language.
    private static string Label(ShownResult row) => row.Indicator.Item.Name.For(CultureInfo.CurrentUICulture);

    private string DomainName(ShownResult row) =>
        catalog.Domain(row.Indicator.DomainCode)?.Content.Domain.Name.For(CultureInfo.CurrentUICulture) ?? row.Indicator.DomainCode;
}
