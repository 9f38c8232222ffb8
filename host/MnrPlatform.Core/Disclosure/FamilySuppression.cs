using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Reference;

namespace MnrPlatform.Core.Disclosure;

/// <summary>
/// Small-cell suppression with complementary suppression for a <see cref="FamilyCounts"/>, on the
/// counts that are published: each family member's n, N − n and N, per group of every breakdown
/// and for the whole round.
/// <para>
/// The unknowns are the pattern counts: per group of each breakdown and for the whole round, the
/// countries of each pattern. Every published count is a sum of them; the breakdowns' groups add
/// up to the whole round, and the income band's rows are sums of income group rows. A hidden count
/// is recoverable exactly when its sum lies in the span of the shown counts and those identities.
/// Primary: every count below k is hidden, zeros included. Then, while a hidden count is
/// recoverable, one way of recovering it is found (the shown counts it is made of, the largest
/// preferred), and the smallest shown count in it is hidden too. Protecting the published counts
/// themselves, not only the pattern counts, also keeps a small sum of hidden pattern counts (a
/// small N − n) from being worked out.
/// </para>
/// </summary>
internal static class FamilySuppression
{
    /// <summary>What a count sums: the whole round (<paramref name="Table"/> −1) or a group of a protected table; and which patterns.</summary>
    private readonly record struct Scope(int Table, int Row);

    private sealed class Quantity(double[] vector, int value, bool isTotal)
    {
        public double[] Vector { get; } = vector;

        public int Value { get; } = value;

        public bool IsTotal { get; } = isTotal;

        public Suppression State { get; set; }
    }

    /// <summary>
    /// Protects the counts of <paramref name="joint"/> (breakdowns that each place every country of
    /// the family once) and of the whole round; <paramref name="total"/> holds the round's count per pattern.
    /// Returns the state of a count: by scope (table index or −1 for the round, group row) and the indicator's side.
    /// </summary>
    public static Func<int, int, int, Side, DisclosedCount> Protect(DisclosureRule rule, FamilyCounts family, IReadOnlyList<FamilyBreakdown> joint, IReadOnlyList<int> total)
    {
        var patterns = family.Patterns.Count;
        var offsets = new int[joint.Count];
        var unknowns = patterns;
        for (var t = 0; t < joint.Count; t++)
        {
            offsets[t] = unknowns;
            unknowns += joint[t].Groups.Count * patterns;
        }

        int Unknown(Scope scope, int pattern) => scope.Table < 0 ? pattern : offsets[scope.Table] + (scope.Row * patterns) + pattern;
        int Count(Scope scope, int pattern) => scope.Table < 0 ? total[pattern] : joint[scope.Table].Counts[scope.Row][pattern];

        var equations = Identities(joint, patterns, unknowns, Unknown);
        var quantities = new Dictionary<string, Quantity>(StringComparer.Ordinal);
        var lookup = new Dictionary<(Scope Scope, int Indicator, Side Side), Quantity>();
        var scopes = new List<Scope> { new(-1, 0) };
        scopes.AddRange(joint.SelectMany((b, t) => Enumerable.Range(0, b.Groups.Count).Select(r => new Scope(t, r))));
        foreach (var scope in scopes)
        {
            for (var j = 0; j < family.Indicators.Count; j++)
            {
                foreach (var side in Enum.GetValues<Side>())
                {
                    var included = Enumerable.Range(0, patterns).Where(p => side switch
                    {
                        Side.Counted => family.Counts(j, p),
                        Side.NotCounted => !family.Counts(j, p),
                        _ => true,
                    }).ToList();
                    var key = $"{scope.Table}/{scope.Row}/{string.Join(",", included)}";
                    if (!quantities.TryGetValue(key, out var quantity))
                    {
                        var vector = new double[unknowns];
                        foreach (var p in included)
                        {
                            vector[Unknown(scope, p)] = 1;
                        }

                        quantity = new Quantity(vector, included.Sum(p => Count(scope, p)), scope.Table < 0 || side == Side.All);
                        quantities.Add(key, quantity);
                    }

                    lookup[(scope, j, side)] = quantity;
                }
            }
        }

        var all = quantities.Values.ToList();
        foreach (var q in all.Where(q => q.Value < rule.MinimumCellSize))
        {
            q.State = Suppression.Primary;
        }

        for (var guard = 0; guard <= all.Count; guard++)
        {
            var shown = all.Where(q => q.State == Suppression.None).OrderByDescending(q => q.Value).ToList();
            var basis = LinearSystem.Basis(equations.Concat(shown.Select(q => q.Vector)));
            var recoverable = all.FirstOrDefault(q => q.State != Suppression.None && LinearSystem.InSpan(basis, q.Vector));
            if (recoverable is null)
            {
                break;
            }

            var used = Representation(equations, shown, recoverable.Vector);
            var complement = used
                .OrderBy(q => q.Value).ThenBy(q => q.IsTotal ? 1 : 0)
                .FirstOrDefault();
            if (complement is null)
            {
                break;
            }

            complement.State = Suppression.Complementary;
        }

        return (table, row, indicator, side) =>
        {
            var q = lookup[(new Scope(table, table < 0 ? 0 : row), indicator, side)];
            return new DisclosedCount(q.State == Suppression.None ? q.Value : null, q.State);
        };
    }

    /// <summary>Which count of an indicator: n, N − n or N.</summary>
    internal enum Side
    {
        /// <summary>n.</summary>
        Counted,

        /// <summary>N − n.</summary>
        NotCounted,

        /// <summary>N.</summary>
        All,
    }

    /// <summary>The groups of each breakdown add up to the round; income band rows are sums of income group rows.</summary>
    private static List<double[]> Identities(IReadOnlyList<FamilyBreakdown> joint, int patterns, int unknowns, Func<Scope, int, int> unknown)
    {
        var equations = new List<double[]>();
        for (var t = 0; t < joint.Count; t++)
        {
            for (var p = 0; p < patterns; p++)
            {
                var e = new double[unknowns];
                e[unknown(new Scope(-1, 0), p)] = -1;
                for (var r = 0; r < joint[t].Groups.Count; r++)
                {
                    e[unknown(new Scope(t, r), p)] = 1;
                }

                equations.Add(e);
            }
        }

        var band = joint.Select((b, t) => (b, t)).FirstOrDefault(x => x.b.Breakdown == Breakdown.IncomeBand);
        var group = joint.Select((b, t) => (b, t)).FirstOrDefault(x => x.b.Breakdown == Breakdown.IncomeGroup);
        if (band.b is not null && group.b is not null)
        {
            for (var r = 0; r < band.b.Groups.Count; r++)
            {
                var sources = group.b.Groups.Select((g, s) => (g.Code, s)).Where(x => BandOf(x.Code) == band.b.Groups[r].Code).Select(x => x.s).ToList();
                for (var p = 0; p < patterns; p++)
                {
                    var e = new double[unknowns];
                    e[unknown(new Scope(band.t, r), p)] = -1;
                    foreach (var s in sources)
                    {
                        e[unknown(new Scope(group.t, s), p)] = 1;
                    }

                    equations.Add(e);
                }
            }
        }

        return equations;
    }

    private static string BandOf(string groupCode) => groupCode switch
    {
        BreakdownGroups.Unknown => BreakdownGroups.Unknown,
        _ when IncomeGroups.TryParse(groupCode, out var g) && g == IncomeGroup.High => BreakdownGroups.HighIncome,
        _ => BreakdownGroups.LowAndMiddleIncome,
    };

    /// <summary>
    /// The shown counts one way of writing <paramref name="target"/> as a combination of the
    /// identities and the shown counts uses: the identities are tried first, then the shown counts
    /// from the largest, so the smallest counts appear only where they are needed.
    /// </summary>
    private static List<Quantity> Representation(List<double[]> equations, List<Quantity> shown, double[] target)
    {
        // Columns of the system Aᵀc = target: identities, then shown counts (largest first).
        var columns = equations.Concat(shown.Select(q => q.Vector)).ToList();
        var rows = target.Length;
        var m = new double[rows][];
        for (var i = 0; i < rows; i++)
        {
            m[i] = new double[columns.Count + 1];
            for (var c = 0; c < columns.Count; c++)
            {
                m[i][c] = columns[c][i];
            }

            m[i][columns.Count] = target[i];
        }

        var pivotOfRow = LinearSystem.ReduceRows(m, columns.Count);

        return [.. pivotOfRow
            .Where(x => x.Column >= equations.Count && Math.Abs(m[x.Row][columns.Count]) > 1e-6)
            .Select(x => shown[x.Column - equations.Count])];
    }
}
