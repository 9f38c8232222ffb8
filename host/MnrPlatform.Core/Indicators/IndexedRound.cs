using System.Collections.Concurrent;
using System.Globalization;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Indicators;

/// <summary>
/// A round's respondents with their answers indexed for the indicator engine, built once per round
/// (and per answer change) and then shared by every indicator and breakdown evaluated over it.
/// <para>
/// Question ids and answer codes become small integers; the answers are stored by question (for
/// each question the respondents that answered it and the codes they gave, in flat arrays), and a
/// set of respondents is a bit array. A declarative <see cref="CountryRule"/> then becomes one pass
/// over its question's answers, remembered for the round, so the many indicators that share a rule
/// (every "answered q" denominator, for instance) compute it once; <see cref="AllOfRule"/> is a
/// bitwise and. A breakdown's groups are bit arrays too, so n and N of a group are two population
/// counts. A <see cref="PredicateRule"/> (plugin code) is the slow path: it is called once per
/// candidate respondent, never remembered, and only for the respondents the reference evaluator would
/// call it for (see <see cref="IndicatorEvaluator"/>), so results and plugin calls match it.
/// </para>
/// <para>
/// Thread-safe: the index is immutable once built; the remembered rule sets and breakdown groups are
/// filled on first use through concurrent maps.
/// </para>
/// </summary>
public sealed class IndexedRound
{
    private readonly Dictionary<string, int> questions;
    private readonly int[] postingStart;
    private readonly int[] postingRespondent;
    private readonly int[] postingValue;
    private readonly Dictionary<string, int> values;
    private readonly bool[] substantive;
    private readonly long[] phase;
    private readonly ulong[] everyone;
    private readonly ConcurrentDictionary<CountryRule, ulong[]> ruleSets = new();
    private readonly ConcurrentDictionary<Breakdown, BreakdownLayout> layouts = new();

    private IndexedRound(
        IReadOnlyList<Respondent> respondents,
        Dictionary<string, int> questions,
        int[] postingStart,
        int[] postingRespondent,
        int[] postingValue,
        Dictionary<string, int> values)
    {
        Respondents = respondents;
        this.questions = questions;
        this.postingStart = postingStart;
        this.postingRespondent = postingRespondent;
        this.postingValue = postingValue;
        this.values = values;
        substantive = new bool[values.Count];
        phase = new long[values.Count];
        foreach (var (code, id) in values)
        {
            substantive[id] = code is not (AnswerCodes.DontKnow or AnswerCodes.NotApplicable);
            phase[id] = int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : long.MinValue;
        }

        everyone = Bits.All(respondents.Count);
    }

    /// <summary>The respondents, in the order given; bit r of every set is respondent r.</summary>
    public IReadOnlyList<Respondent> Respondents { get; }

    /// <summary>The number of stored values indexed (one per answer, one per chosen code of a multiple choice).</summary>
    public int ValueCount => postingValue.Length;

    /// <summary>Indexes the answers of <paramref name="respondents"/> (one pass to count, one to fill).</summary>
    public static IndexedRound Build(IReadOnlyList<Respondent> respondents)
    {
        ArgumentNullException.ThrowIfNull(respondents);
        var questions = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        foreach (var respondent in respondents)
        {
            foreach (var (questionId, given) in respondent.Answers.Values)
            {
                if (!questions.TryGetValue(questionId, out var q))
                {
                    q = questions.Count;
                    questions.Add(questionId, q);
                    counts.Add(0);
                }

                counts[q] += given.Count;
            }
        }

        var start = new int[questions.Count + 1];
        for (var q = 0; q < questions.Count; q++)
        {
            start[q + 1] = start[q] + counts[q];
        }

        var cursor = start[..^1];
        var respondentOf = new int[start[^1]];
        var valueOf = new int[start[^1]];
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < respondents.Count; r++)
        {
            foreach (var (questionId, given) in respondents[r].Answers.Values)
            {
                var q = questions[questionId];
                foreach (var value in given)
                {
                    if (!values.TryGetValue(value, out var v))
                    {
                        v = values.Count;
                        values.Add(value, v);
                    }

                    var at = cursor[q]++;
                    respondentOf[at] = r;
                    valueOf[at] = v;
                }
            }
        }

        return new IndexedRound(respondents, questions, start, respondentOf, valueOf, values);
    }

    /// <summary>
    /// <paramref name="indicator"/> over every respondent: the same as
    /// <see cref="IndicatorEvaluator.Evaluate"/> over their answers. Plugin code may run: call it
    /// through <see cref="Plugins.PluginCallGuard"/> (the <see cref="IndicatorEngine"/> does).
    /// </summary>
    public IndicatorValue Evaluate(IndicatorInfo indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var denominator = Accepting(indicator.Denominator, everyone);
        var numerator = Accepting(indicator.Numerator, denominator);
        return Value(indicator, Bits.Count(numerator), Bits.Count(denominator));
    }

    /// <summary>
    /// <paramref name="indicator"/> for each group of <paramref name="breakdown"/> that has
    /// respondents, in display order: the same as <see cref="IndicatorEvaluator.EvaluateBy"/>.
    /// The denominator and numerator sets are computed once; each group then costs two population
    /// counts. Plugin code may run: call it through <see cref="Plugins.PluginCallGuard"/>.
    /// </summary>
    public IReadOnlyList<GroupValue> EvaluateBy(IndicatorInfo indicator, Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var layout = Layout(breakdown);
        var denominator = Accepting(indicator.Denominator, layout.Universe);
        var numerator = Accepting(indicator.Numerator, denominator);
        var result = new GroupValue[layout.Groups.Count];
        for (var g = 0; g < result.Length; g++)
        {
            var members = layout.Members[g];
            var (code, name) = layout.Groups[g];
            result[g] = new GroupValue(code, name, Value(indicator, Bits.CountAnd(numerator, members), Bits.CountAnd(denominator, members)));
        }

        return result;
    }

    private static IndicatorValue Value(IndicatorInfo indicator, int n, int total) =>
        new(n, total, total == 0 ? null : n * indicator.Factor / total);

    /// <summary>Everyone: the set of all respondents.</summary>
    internal ulong[] Everyone => everyone;

    /// <summary>
    /// The pattern counts of a family: per breakdown and group, the members of
    /// <paramref name="denominator"/> by which of <paramref name="numerators"/> (bit j: set j) hold them.
    /// </summary>
    internal FamilyCounts CountFamily(IReadOnlyList<Catalog.Owned<IndicatorInfo>> indicators, ulong[] denominator, IReadOnlyList<ulong[]> numerators, IEnumerable<Breakdown> breakdowns)
    {
        var patternOf = new Dictionary<int, ulong>();
        foreach (var r in Bits.Members(denominator))
        {
            var pattern = 0UL;
            for (var j = 0; j < numerators.Count; j++)
            {
                if (Bits.Contains(numerators[j], r))
                {
                    pattern |= 1UL << j;
                }
            }

            patternOf[r] = pattern;
        }

        var patterns = patternOf.Values.ToHashSet();
        for (var j = 0; j < numerators.Count; j++)
        {
            // Every indicator keeps a pattern it counts and one it does not, empty or not: a count of
            // zero stays an unknown to protect (and hide as below k), not a fact the tables give away.
            if (!patterns.Any(p => (p & (1UL << j)) != 0))
            {
                patterns.Add(1UL << j);
            }

            if (!patterns.Any(p => (p & (1UL << j)) == 0))
            {
                patterns.Add(0);
            }
        }

        var ordered = patterns.Order().ToList();

        var column = ordered.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var result = new List<FamilyBreakdown>();
        foreach (var breakdown in breakdowns)
        {
            var layout = Layout(breakdown);
            var counts = layout.Members.Select(members =>
            {
                var row = new int[ordered.Count];
                foreach (var r in Bits.Members(Bits.And(members, denominator)))
                {
                    row[column[patternOf[r]]]++;
                }

                return (IReadOnlyList<int>)row;
            }).ToList();
            result.Add(new FamilyBreakdown(breakdown, layout.Groups, counts));
        }

        return new FamilyCounts(indicators, ordered, result);
    }

    /// <summary>The groups of <paramref name="breakdown"/> and their members, computed once per round.</summary>
    internal BreakdownLayout Layout(Breakdown breakdown) => layouts.GetOrAdd(breakdown, b => BreakdownLayout.Of(Respondents, b));

    /// <summary>
    /// The members of <paramref name="candidates"/> that <paramref name="rule"/> accepts. Declarative
    /// rules are computed over everyone once per round and intersected; <see cref="AllOfRule"/> narrows
    /// the candidates rule by rule, so a predicate inside it runs only for those the rules before it
    /// accepted, like the reference evaluator's short-circuit.
    /// </summary>
    internal ulong[] Accepting(CountryRule rule, ulong[] candidates)
    {
        if (IsDeclarative(rule))
        {
            return Bits.And(Declarative(rule), candidates);
        }

        if (rule is AllOfRule all)
        {
            var accepted = candidates;
            foreach (var part in all.Rules)
            {
                accepted = Accepting(part, accepted);
            }

            return accepted == candidates ? (ulong[])candidates.Clone() : accepted;
        }

        // The slow path: plugin code (or a rule type this host does not know, which throws like the reference does).
        var result = new ulong[candidates.Length];
        foreach (var r in Bits.Members(candidates))
        {
            if (IndicatorEvaluator.Accepts(rule, Respondents[r].Answers))
            {
                Bits.Set(result, r);
            }
        }

        return result;
    }

    private static bool IsDeclarative(CountryRule rule) => rule switch
    {
        AnsweredRule or AnswerInRule or PhaseAtLeastRule => true,
        AllOfRule all => all.Rules.All(IsDeclarative),
        _ => false,
    };

    /// <summary>Everyone a declarative rule accepts, remembered for the round.</summary>
    private ulong[] Declarative(CountryRule rule)
    {
        if (ruleSets.TryGetValue(rule, out var known))
        {
            return known;
        }

        var set = rule switch
        {
            AnsweredRule answered => Scan(answered.QuestionId, v => substantive[v]),
            AnswerInRule answerIn => Scan(answerIn.QuestionId, CodesOf(answerIn.AnswerCodes)),
            PhaseAtLeastRule atLeast => Scan(atLeast.QuestionId, v => phase[v] >= atLeast.Phase),
            AllOfRule all => all.Rules.Aggregate(everyone, (acc, part) => Bits.And(acc, Declarative(part))),
            _ => throw new InvalidOperationException($"{rule.GetType().Name} is not declarative."),
        };
        return ruleSets.GetOrAdd(rule, set);
    }

    private Func<int, bool> CodesOf(IReadOnlyList<string> codes)
    {
        var accepted = new bool[values.Count];
        foreach (var code in codes)
        {
            if (values.TryGetValue(code, out var v))
            {
                accepted[v] = true;
            }
        }

        return v => accepted[v];
    }

    /// <summary>The respondents with at least one value of <paramref name="questionId"/> that <paramref name="accepts"/>: one pass over the question's values.</summary>
    private ulong[] Scan(string questionId, Func<int, bool> accepts)
    {
        var set = new ulong[everyone.Length];
        if (!questions.TryGetValue(questionId, out var q))
        {
            return set;
        }

        // A value table per rule (a few codes) so the loop over the answers is a lookup, not a call.
        var table = new bool[values.Count];
        for (var v = 0; v < table.Length; v++)
        {
            table[v] = accepts(v);
        }

        for (var at = postingStart[q]; at < postingStart[q + 1]; at++)
        {
            if (table[postingValue[at]])
            {
                Bits.Set(set, postingRespondent[at]);
            }
        }

        return set;
    }
}

/// <summary>The groups of one breakdown over a round's respondents, in display order, with their members.</summary>
/// <param name="Groups">Code and name of each group that has respondents, in the order <see cref="IndicatorEvaluator.EvaluateBy"/> lists them.</param>
/// <param name="Members">The members of each group.</param>
/// <param name="Universe">The respondents in at least one group.</param>
internal sealed record BreakdownLayout(IReadOnlyList<(string Code, string Name)> Groups, IReadOnlyList<ulong[]> Members, ulong[] Universe)
{
    public static BreakdownLayout Of(IReadOnlyList<Respondent> respondents, Breakdown breakdown)
    {
        var words = Bits.Words(respondents.Count);
        var index = new Dictionary<(string Code, string Name), int>();
        var members = new List<ulong[]>();
        var universe = new ulong[words];
        for (var r = 0; r < respondents.Count; r++)
        {
            foreach (var group in BreakdownGroups.Of(respondents[r], breakdown))
            {
                if (!index.TryGetValue(group, out var g))
                {
                    g = index.Count;
                    index.Add(group, g);
                    members.Add(new ulong[words]);
                }

                Bits.Set(members[g], r);
                Bits.Set(universe, r);
            }
        }

        // The same order as the reference evaluator: group codes are distinct, so the order is total.
        var order = index.OrderBy(x => x.Key.Code, BreakdownGroups.Order).ToList();
        return new BreakdownLayout([.. order.Select(x => x.Key)], [.. order.Select(x => members[x.Value])], universe);
    }
}
