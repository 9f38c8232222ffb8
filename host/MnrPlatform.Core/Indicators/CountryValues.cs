using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Indicators;

/// <summary>Where one country stands on an indicator.</summary>
public enum IndicatorStanding
{
    /// <summary>Not in the denominator: no answer the indicator reads (none, "don't know", "not applicable").</summary>
    NoAnswer,

    /// <summary>In the denominator but not in the numerator (e.g. answered no).</summary>
    NotCounted,

    /// <summary>In the numerator (e.g. answered yes).</summary>
    Counted,
}

/// <summary>
/// Per-country values of a round, for the secretariat's views of named countries (the world map):
/// each respondent's standing on an indicator, or its self-assessed maturity phase. Both are read
/// through the indicator engine's own rule evaluation over an <see cref="IndexedRound"/>, so a map
/// counts exactly the countries the indicator's n and N count.
/// </summary>
public sealed class CountryValues(PluginCallGuard guard)
{
    /// <summary>
    /// The standing of every respondent of <paramref name="round"/> on <paramref name="indicator"/>, in
    /// the round's respondent order. The rules may run plugin code: the call goes through the guard,
    /// and a failure comes back as the result's fault.
    /// </summary>
    public PluginCallResult<IReadOnlyList<IndicatorStanding>> Standings(Owned<IndicatorInfo> indicator, IndexedRound round)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(round);
        return guard.Run<IReadOnlyList<IndicatorStanding>>(indicator.PluginId, $"mapping indicator {indicator.Item.Id}", () =>
        {
            var denominator = round.Accepting(indicator.Item.Denominator, round.Everyone);
            var numerator = round.Accepting(indicator.Item.Numerator, denominator);
            return [.. Enumerable.Range(0, round.Respondents.Count).Select(r =>
                Bits.Contains(numerator, r) ? IndicatorStanding.Counted
                : Bits.Contains(denominator, r) ? IndicatorStanding.NotCounted
                : IndicatorStanding.NoAnswer)];
        });
    }

    /// <summary>
    /// The maturity phase (1 to <see cref="MaturityDescriptors.PhaseCount"/>) every respondent of
    /// <paramref name="round"/> gave to the phase question <paramref name="phaseQuestionId"/>, in the
    /// round's respondent order; null for those that gave none. A respondent's phase is the highest
    /// phase whose "at phase or above" rule accepts it, the rule phase indicators use.
    /// </summary>
    public static IReadOnlyList<int?> Phases(IndexedRound round, string phaseQuestionId)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentException.ThrowIfNullOrWhiteSpace(phaseQuestionId);
        var atOrAbove = Enumerable.Range(1, MaturityDescriptors.PhaseCount)
            .Select(p => round.Accepting(CountryRule.AtPhaseOrAbove(phaseQuestionId, p), round.Everyone))
            .ToList();
        return [.. Enumerable.Range(0, round.Respondents.Count).Select(r =>
        {
            var phase = atOrAbove.FindLastIndex(set => Bits.Contains(set, r)) + 1;
            return phase == 0 ? (int?)null : phase;
        })];
    }
}
