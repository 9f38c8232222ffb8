using System.Globalization;

namespace MnrPlatform.Sdk.Content;

/// <summary>The phase indicators of one capability in a <see cref="ChartKind.PhaseDistribution"/>.</summary>
/// <param name="CapabilityCode">The capability.</param>
/// <param name="Phases">Its indicators for phases 1 to 4, in that order; null where the chart lists none for a phase.</param>
public sealed record PhaseIndicators(string CapabilityCode, IReadOnlyList<IndicatorInfo?> Phases);

/// <summary>
/// What each <see cref="ChartKind"/> needs of the indicators a chart lists. The content rules check
/// a chart against it, and the host draws a chart by it, so the two never disagree.
/// </summary>
public static class ChartNeeds
{
    /// <summary>The number of maturity phases, and of indicators per capability in a phase distribution.</summary>
    public const int PhaseCount = MaturityDescriptors.PhaseCount;

    /// <summary>
    /// The id ending of the indicator that counts the countries at <paramref name="phase"/> (1 to 4)
    /// of a capability: <c>.phase-1</c> to <c>.phase-4</c>, e.g. <c>victim.child-helpline.phase-2</c>.
    /// </summary>
    public static string PhaseSuffix(int phase) =>
        phase is >= 1 and <= PhaseCount
            ? $".phase-{phase.ToString(CultureInfo.InvariantCulture)}"
            : throw new ArgumentOutOfRangeException(nameof(phase), phase, $"A phase is 1 to {PhaseCount}.");

    /// <summary>The phase whose share the indicator <paramref name="indicatorId"/> gives by its id ending (<see cref="PhaseSuffix"/>); null for any other id.</summary>
    public static int? PhaseOf(string indicatorId)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        return Enumerable.Range(1, PhaseCount).Cast<int?>().FirstOrDefault(p => indicatorId.EndsWith(PhaseSuffix(p!.Value), StringComparison.Ordinal));
    }

    /// <summary>What a chart of <paramref name="kind"/> needs, in a sentence that completes "A ... chart needs ...".</summary>
    public static string Describe(ChartKind kind) => kind switch
    {
        ChartKind.StackedShares => "one or more indicators, each drawn as a bar of its share",
        ChartKind.SharesByIncomeGroup => "one or more indicators, each drawn as bars of its share per income group",
        ChartKind.PhaseDistribution =>
            $"the four indicators of each capability it shows whose ids end in '{PhaseSuffix(1)}' to '{PhaseSuffix(PhaseCount)}', " +
            "each counting the countries that give that phase to the capability's MaturityPhase question " +
            "(e.g. Numerator = CountryRule.Answering(phaseQuestionId, \"2\") for '.phase-2')",
        ChartKind.PhaseRadar =>
            "one indicator per capability that reads the capability's MaturityPhase question (e.g. its phase-3-or-above share): " +
            "the radar draws one spoke per capability from a country's phase",
        ChartKind.Choropleth => "exactly one indicator, mapped by country, and SecretariatOnly = true",
        _ => $"a defined kind: one of {string.Join(", ", Enum.GetNames<ChartKind>())}",
    };

    /// <summary>Whether <paramref name="kind"/> is one of the named <see cref="ChartKind"/> values (a cast such as <c>(ChartKind)99</c> is not).</summary>
    public static bool IsDefined(ChartKind kind) => Enum.IsDefined(kind);

    /// <summary>
    /// The rows of a phase distribution over <paramref name="indicators"/> (a chart's indicators, in
    /// its order): one per capability, in the order the capabilities first appear, each with its
    /// phase 1 to 4 indicators picked by id ending, not by position. Other indicators are left out.
    /// </summary>
    public static IReadOnlyList<PhaseIndicators> PhaseRows(IEnumerable<IndicatorInfo> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return [.. indicators
            .Where(i => PhaseOf(i.Id) is not null)
            .GroupBy(i => i.CapabilityCode, StringComparer.Ordinal)
            .Select(g => new PhaseIndicators(
                g.Key,
                [.. Enumerable.Range(1, PhaseCount).Select(p => g.FirstOrDefault(i => PhaseOf(i.Id) == p))]))];
    }
}
