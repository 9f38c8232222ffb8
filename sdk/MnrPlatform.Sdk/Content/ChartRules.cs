using System.Globalization;

namespace MnrPlatform.Sdk.Content;

/// <summary>
/// The content rules of a chart: a defined kind, registered indicators, and the indicators its kind
/// needs (<see cref="ChartNeeds"/>). Each problem names the chart, its kind and what it needs.
/// </summary>
internal static class ChartRules
{
    public static void Check(List<string> problems, ChartInfo chart, Dictionary<string, IndicatorInfo> indicatorsById, Dictionary<string, QuestionInfo> questionsById)
    {
        if (!ChartNeeds.IsDefined(chart.Kind))
        {
            problems.Add($"Chart '{chart.Id}' has Kind {((int)chart.Kind).ToString(CultureInfo.InvariantCulture)}, which is not a ChartKind: the host would draw nothing. Use one of {string.Join(", ", Enum.GetNames<ChartKind>())}.");
            return;
        }

        var where = $"Chart '{chart.Id}' ({chart.Kind})";
        if (chart.IndicatorIds.Count == 0)
        {
            problems.Add($"{where} shows no indicator: it needs {ChartNeeds.Describe(chart.Kind)}.");
            return;
        }

        foreach (var id in chart.IndicatorIds.Where(id => !indicatorsById.ContainsKey(id)))
        {
            problems.Add($"{where} shows indicator '{id}', which this plugin does not register.{DidYouMean.Suffix(id, indicatorsById.Keys)}");
        }

        var shown = chart.IndicatorIds.Select(indicatorsById.GetValueOrDefault).OfType<IndicatorInfo>().ToList();
        switch (chart.Kind)
        {
            case ChartKind.PhaseDistribution:
                CheckPhaseDistribution(problems, where, shown, questionsById);
                break;
            case ChartKind.PhaseRadar:
                CheckPhaseRadar(problems, where, shown, questionsById);
                break;
            case ChartKind.Choropleth:
                CheckChoropleth(problems, chart, where);
                break;
        }
    }

    private static void CheckPhaseDistribution(List<string> problems, string where, List<IndicatorInfo> shown, Dictionary<string, QuestionInfo> questionsById)
    {
        var needs = $"it needs {ChartNeeds.Describe(ChartKind.PhaseDistribution)}";
        foreach (var other in shown.Where(i => ChartNeeds.PhaseOf(i.Id) is null))
        {
            problems.Add($"{where} shows indicator '{other.Id}', which is not the share at one phase: {needs}. Move '{other.Id}' to another chart (a phase-or-above share suits a PhaseRadar or StackedShares).");
        }

        foreach (var row in ChartNeeds.PhaseRows(shown))
        {
            var missing = Enumerable.Range(1, ChartNeeds.PhaseCount).Where(p => row.Phases[p - 1] is null).Select(ChartNeeds.PhaseSuffix).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{where} lacks, for capability '{row.CapabilityCode}', the indicator(s) ending in {string.Join(", ", missing.Select(s => $"'{s}'"))}: {needs}.");
            }

            foreach (var (indicator, phase) in row.Phases.Select((i, index) => (i, index + 1)).Where(x => x.i is not null))
            {
                if (!CountsPhase(indicator!, phase, questionsById))
                {
                    problems.Add($"{where} shows '{indicator!.Id}' as phase {phase.ToString(CultureInfo.InvariantCulture)}, but that indicator does not count answer \"{phase.ToString(CultureInfo.InvariantCulture)}\" to a MaturityPhase question: set its Numerator to CountryRule.Answering(phaseQuestionId, \"{phase.ToString(CultureInfo.InvariantCulture)}\").");
                }
            }
        }

        foreach (var duplicate in shown.GroupBy(i => i.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{where} lists indicator '{duplicate.Key}' {duplicate.Count().ToString(CultureInfo.InvariantCulture)} times: list each phase once.");
        }
    }

    private static void CheckPhaseRadar(List<string> problems, string where, List<IndicatorInfo> shown, Dictionary<string, QuestionInfo> questionsById)
    {
        foreach (var indicator in shown.Where(i => !ReadsPhaseQuestionOf(i, questionsById)))
        {
            problems.Add($"{where} shows indicator '{indicator.Id}', which reads no MaturityPhase question of capability '{indicator.CapabilityCode}': it needs {ChartNeeds.Describe(ChartKind.PhaseRadar)}.");
        }

        foreach (var capability in shown.GroupBy(i => i.CapabilityCode, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{where} shows {capability.Count().ToString(CultureInfo.InvariantCulture)} indicators of capability '{capability.Key}' ({string.Join(", ", capability.Select(i => $"'{i.Id}'"))}): a radar has one spoke per capability, so keep one.");
        }
    }

    private static void CheckChoropleth(List<string> problems, ChartInfo chart, string where)
    {
        if (chart.IndicatorIds.Count != 1)
        {
            problems.Add($"{where} shows {chart.IndicatorIds.Count.ToString(CultureInfo.InvariantCulture)} indicators: it needs {ChartNeeds.Describe(ChartKind.Choropleth)}. Make one map per indicator.");
        }

        if (!chart.SecretariatOnly)
        {
            problems.Add($"{where} is a map of named countries: set SecretariatOnly = true (no ranking of named countries outside the secretariat).");
        }
    }

    private static bool CountsPhase(IndicatorInfo indicator, int phase, Dictionary<string, QuestionInfo> questionsById) =>
        indicator.Numerator is AnswerInRule { AnswerCodes: [var code] } rule
        && code == phase.ToString(CultureInfo.InvariantCulture)
        && questionsById.GetValueOrDefault(rule.QuestionId)?.Kind == QuestionKind.MaturityPhase;

    private static bool ReadsPhaseQuestionOf(IndicatorInfo indicator, Dictionary<string, QuestionInfo> questionsById) =>
        indicator.Numerator.QuestionIds.Any(id => questionsById.GetValueOrDefault(id) is { Kind: QuestionKind.MaturityPhase } q && q.CapabilityCode == indicator.CapabilityCode);
}
