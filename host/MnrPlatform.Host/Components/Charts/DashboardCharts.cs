using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Surveys;
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
/// download holds exactly the table beside the chart.
/// </summary>
internal sealed class DashboardCharts(ViewerResults results, FrameworkCatalog catalog, IndicatorEngine engine)
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
            return await SharesAsync(request, round, $"Snapshot of capabilities in place · {round.Name}", engine.SnapshotIndicators, Breakdown.All, cancellationToken);
        }

        if (request.ChartId == SnapshotByIncomeId)
        {
            return await SharesAsync(request, round, $"By income group · {round.Name}", engine.SnapshotIndicators, Breakdown.IncomeBand, cancellationToken);
        }

        if (catalog.Chart(request.ChartId) is not { } chart || (chart.Item.SecretariatOnly && !results.Unrestricted))
        {
            return null;
        }

        var indicators = chart.Item.IndicatorIds.Select(catalog.Indicator).OfType<Owned<IndicatorInfo>>().ToList();
        return chart.Item.Kind switch
        {
            ChartKind.StackedShares => await SharesAsync(request, round, $"{chart.Item.Title.English} · {round.Name}", indicators, request.Breakdown, cancellationToken),
            ChartKind.SharesByIncomeGroup => await SharesAsync(request, round, $"{chart.Item.Title.English} · {round.Name}", indicators, Breakdown.IncomeGroup, cancellationToken),
            ChartKind.PhaseDistribution => await PhasesAsync(request with { Breakdown = Breakdown.All }, round, $"{chart.Item.Title.English} · {round.Name}", indicators, cancellationToken),
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
        var empty = $"No validated answers to these indicators in {round.Name} yet: the chart appears once submissions are validated.";
        var notes = new List<string>();
        if (breakdown == Breakdown.All)
        {
            var table = new ChartTable("Capability", [new("percent", "Per cent"), new("count", "Countries (n of N)"), new("domain", "Domain", Numeric: false)],
                [.. rows.Select(r => new ChartRow(r.Indicator.Item.Id, r.Label, [SuppressionText.Percent(r.Overall), r.Overall!.Counts, DomainName(r)]))]);
            AddNote(notes, rows.Select(r => r.Overall!));
            return new ChartView(
                request.ChartId,
                title,
                "Per cent of the countries that answered, with the number of countries (n of N). Only validated answers count.",
                rows.Count == 0 ? null : FigureJson.Serialize(ShareFigures.StackedShares([.. rows.Select(r => new ShareRow(r.Label, r.Overall!))])),
                "Bar chart: per cent of countries with each capability in place.",
                table,
                empty,
                csvHref,
                notes);
        }

        var byGroup = all.Where(r => r.Breakdown == breakdown).ToDictionary(r => r.Indicator.Item.Id, StringComparer.Ordinal);
        var grouped = rows.Where(r => byGroup.ContainsKey(r.Indicator.Item.Id)).Select(r => new GroupedShareRow(r.Label, byGroup[r.Indicator.Item.Id].Groups)).ToList();
        var groups = grouped.SelectMany(r => r.Groups.Select(g => (g.Code, g.Name))).Distinct().ToList();
        var byRow = rows.Where(r => byGroup.ContainsKey(r.Indicator.Item.Id)).ToList();
        var groupTable = new ChartTable(
            "Capability",
            [.. groups.Select(g => new ChartColumn(g.Code, g.Name))],
            [.. byRow.Select(r => new ChartRow(r.Indicator.Item.Id, r.Label, [.. groups.Select(g => GroupCell(byGroup[r.Indicator.Item.Id].Group(g.Code)))]))]);
        AddNote(notes, grouped.SelectMany(r => r.Groups));
        return new ChartView(
            request.ChartId,
            title,
            $"Per cent of the countries that answered, by {BreakdownName(breakdown)}, with n of N in the table. Only validated answers count.",
            grouped.Count == 0 || groups.Count == 0 ? null : FigureJson.Serialize(ShareFigures.SharesByGroup(grouped)),
            $"Bar chart: per cent of countries with each capability in place, by {BreakdownName(breakdown)}.",
            groupTable,
            empty,
            csvHref,
            notes);
    }

    /// <summary>
    /// The phase distribution: a row per capability with answers, its indicators taken in the order
    /// the plugin lists them as phases 1 to 4; the table gives each phase's per cent and n of N.
    /// </summary>
    private async Task<ChartView> PhasesAsync(ChartRequest request, RoundSummary round, string title, IReadOnlyList<Owned<IndicatorInfo>> indicators, CancellationToken cancellationToken)
    {
        var shown = (await results.GetAsync(round.Code, indicators, [Breakdown.All], cancellationToken)).ToDictionary(r => r.Indicator.Item.Id, r => r.Overall, StringComparer.Ordinal);
        var rows = indicators.GroupBy(i => i.Item.CapabilityCode, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Row: new PhaseRow(catalog.Capability(g.Key)?.Item.Name.English ?? g.Key, [.. g.Take(PhaseDistributionFigure.PhaseCount).Select(i => shown.GetValueOrDefault(i.Item.Id))])))
            .Where(r => r.Row.Phases.Any(p => p is { Denominator: > 0 } || p?.Suppression is Suppression.Primary or Suppression.Complementary))
            .ToList();
        var phases = Enumerable.Range(1, PhaseDistributionFigure.PhaseCount).Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var table = new ChartTable(
            "Capability",
            [.. phases.SelectMany(p => new ChartColumn[] { new($"phase-{p}", $"Phase {p} (per cent)"), new($"phase-{p}-count", $"Phase {p} (n of N)") })],
            [.. rows.Select(r => new ChartRow(r.Key, r.Row.Label, [.. r.Row.Phases.SelectMany(g => new[] { SuppressionText.Percent(g), g?.Counts ?? "" })]))]);
        var notes = new List<string>();
        AddNote(notes, rows.SelectMany(r => r.Row.Phases.OfType<ShownGroup>()));
        return new ChartView(
            request.ChartId,
            title,
            "Per cent of the countries that self-assessed each capability, at each phase from 1 (building, lightest) to 4 (maturity, darkest), with n of N in the table. Phases are not pass marks: read them together. Only validated answers count.",
            rows.Count == 0 ? null : FigureJson.Serialize(PhaseDistributionFigure.Build([.. rows.Select(r => r.Row)])),
            "Stacked bar chart: for each capability, the per cent of countries at each maturity phase, from phase 1 to phase 4.",
            table,
            $"No validated self-assessments of these capabilities in {round.Name}: the chart appears once phases are validated.",
            CsvHref(request),
            notes);
    }

    private void AddNote(List<string> notes, IEnumerable<ShownGroup> groups)
    {
        if (SuppressionText.Note(groups, results.Rule) is { } note)
        {
            notes.Add(note);
        }
    }

    /// <summary>A group's cell: the value with its n of N ("76 (32 of 42)"), or why it is hidden.</summary>
    public static string GroupCell(ShownGroup? value) =>
        value is { IsPublished: true } ? $"{value.Display} ({value.Counts})" : SuppressionText.Percent(value);

    /// <summary>How a sentence names a breakdown ("by income group").</summary>
    public static string BreakdownName(Breakdown breakdown) => breakdown switch
    {
        Breakdown.IncomeGroup => "income group",
        Breakdown.IncomeBand => "income group (high against low and middle)",
        Breakdown.Region => "region",
        Breakdown.Instrument => "survey instrument",
        _ => "all countries",
    };

    private string DomainName(ShownResult row) =>
        catalog.Domain(row.Indicator.DomainCode)?.Content.Domain.Name.English ?? row.Indicator.DomainCode;
}
