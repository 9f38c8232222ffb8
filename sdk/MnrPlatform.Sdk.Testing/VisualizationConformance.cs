using System.Globalization;
using MnrPlatform.Core.Charts;
using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Sdk.Testing;

/// <summary>
/// Renders every visualization of a plugin with sample results, as the host would for a viewer, and
/// reports each throw and each figure <see cref="FigureCheck"/> refuses. The samples: every group
/// shown; a hidden group in every breakdown (the all-countries group of the first indicator too);
/// and, with two indicators or more, the last one without answers.
/// </summary>
public static class VisualizationConformance
{
    private static readonly (string Breakdown, string Code, string Name)[] SampleGroups =
    [
        (VisualizationBreakdowns.All, "all", "All countries"),
        (VisualizationBreakdowns.IncomeGroup, "H", "High income"),
        (VisualizationBreakdowns.IncomeGroup, "UM", "Upper-middle income"),
        (VisualizationBreakdowns.IncomeGroup, "LM", "Lower-middle income"),
        (VisualizationBreakdowns.IncomeGroup, "L", "Low income"),
        (VisualizationBreakdowns.IncomeBand, "high", "High income"),
        (VisualizationBreakdowns.IncomeBand, "low-middle", "Low and middle income"),
        (VisualizationBreakdowns.Region, "Africa", "Africa"),
        (VisualizationBreakdowns.Region, "Americas", "Americas"),
        (VisualizationBreakdowns.Region, "Asia", "Asia"),
        (VisualizationBreakdowns.Region, "Europe", "Europe"),
        (VisualizationBreakdowns.Instrument, "government-survey", "government-survey"),
        (VisualizationBreakdowns.Instrument, "unicef-country-office-survey", "unicef-country-office-survey"),
    ];

    /// <summary>Every problem with <paramref name="content"/>'s visualizations, one per line, each naming the visualization and the sample.</summary>
    public static IReadOnlyList<string> Problems(DomainContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<string>();
        foreach (var visualization in content.Visualizations)
        {
            var declared = visualization.IndicatorIds.Select(id => content.Indicators.FirstOrDefault(i => i.Id == id)).OfType<IndicatorInfo>().ToList();
            foreach (var (sample, input) in Samples(visualization, declared))
            {
                problems.AddRange(Render(visualization, sample, input));
            }
        }

        return problems;
    }

    /// <summary>The sample inputs a visualization is rendered with, each with what it is.</summary>
    public static IEnumerable<(string Sample, VisualizationInput Input)> Samples(VisualizationInfo visualization, IReadOnlyList<IndicatorInfo> declared)
    {
        ArgumentNullException.ThrowIfNull(visualization);
        ArgumentNullException.ThrowIfNull(declared);
        var culture = CultureInfo.GetCultureInfo("en");
        yield return ("every group shown", Input(visualization, declared, culture, hidden: false, lastUnanswered: false));
        yield return ("a hidden group in every breakdown", Input(visualization, declared, culture, hidden: true, lastUnanswered: false));
        if (declared.Count > 1)
        {
            yield return ("the last indicator without answers", Input(visualization, declared, culture, hidden: true, lastUnanswered: true));
        }
    }

    private static IEnumerable<string> Render(VisualizationInfo visualization, string sample, VisualizationInput input)
    {
        string json;
        try
        {
            var chart = visualization.Build(input) ?? throw new InvalidOperationException("the builder returned no chart");
            json = FigureJson.Serialize(PlatformChartStyle.Apply(chart));
        }
#pragma warning disable CA1031 // Any exception from the author's builder is a finding to report, not a crash of the kit.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return [$"Visualization '{visualization.Id}' threw {e.GetType().Name} with sample results ({sample}): {e.Message}"];
        }

        return FigureCheck.Problems(visualization.Id, json).Select(p => $"{p} (sample results: {sample})");
    }

    private static VisualizationInput Input(VisualizationInfo visualization, IReadOnlyList<IndicatorInfo> declared, CultureInfo culture, bool hidden, bool lastUnanswered) =>
        new(culture, "Sample round", [.. declared.Select((indicator, i) => new VisualizationIndicator(
            indicator.Id,
            indicator.Name.For(culture),
            indicator.CapabilityCode,
            indicator.Unit.For(culture),
            lastUnanswered && i == declared.Count - 1 ? [] : Breakdowns(visualization, indicator, i, hidden)))]);

    private static List<VisualizationBreakdown> Breakdowns(VisualizationInfo visualization, IndicatorInfo indicator, int index, bool hidden) =>
        [.. SampleGroups.Where(g => Receives(visualization, indicator, g.Breakdown))
            .GroupBy(g => g.Breakdown, StringComparer.Ordinal)
            .Select(b => new VisualizationBreakdown(b.Key, [.. b.Select((g, j) => Group(g.Code, g.Name, index, j, hidden && (j == 1 || (index == 0 && b.Key == VisualizationBreakdowns.All))))]))];

    private static bool Receives(VisualizationInfo visualization, IndicatorInfo indicator, string breakdown) => breakdown switch
    {
        VisualizationBreakdowns.All => true,
        VisualizationBreakdowns.IncomeGroup or VisualizationBreakdowns.IncomeBand => visualization.Breakdowns.HasFlag(Content.Breakdowns.IncomeGroup) && indicator.Breakdowns.HasFlag(Content.Breakdowns.IncomeGroup),
        VisualizationBreakdowns.Region => visualization.Breakdowns.HasFlag(Content.Breakdowns.Region) && indicator.Breakdowns.HasFlag(Content.Breakdowns.Region),
        _ => visualization.Breakdowns.HasFlag(Content.Breakdowns.Instrument) && indicator.Breakdowns.HasFlag(Content.Breakdowns.Instrument),
    };

    private static VisualizationGroup Group(string code, string name, int indicator, int group, bool hidden)
    {
        if (hidden)
        {
            return new VisualizationGroup(code, name, null, null, null, "suppressed (small group)");
        }

        var total = 10 + (7 * group) + indicator;
        var counted = (3 + (5 * indicator) + (3 * group)) % (total + 1);
        return new VisualizationGroup(code, name, counted, total, counted * 100m / total, null);
    }
}
