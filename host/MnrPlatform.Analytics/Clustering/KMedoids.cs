using System.Runtime.Intrinsics;
using MnrPlatform.Analytics.Distances;

namespace MnrPlatform.Analytics.Clustering;

/// <summary>
/// k-medoids by PAM (Kaufman and Rousseeuw): a greedy BUILD, then SWAP with the best improving
/// exchange until none improves. Swap gains are evaluated the FastPAM1 way (Schubert and Rousseeuw
/// 2019): one pass over the units per candidate scores the exchange with every medoid at once, which
/// finds the same swap as classic PAM in O(n²) instead of O(k·n²) per step. Every choice is
/// deterministic: on ties the lowest unit index wins, then the lowest medoid slot.
/// </summary>
public static class KMedoids
{
    /// <summary>The name runs record for this algorithm.</summary>
    public const string Name = "pam";

    /// <summary>Partitions the units of a distance matrix into k clusters around real units.</summary>
    /// <param name="distances">The pairwise distances.</param>
    /// <param name="k">The number of clusters, 1..number of units.</param>
    public static KMedoidsResult Fit(DistanceMatrix distances, int k)
    {
        ArgumentNullException.ThrowIfNull(distances);
        return Fit(distances.Values, distances.Count, weights: null, k);
    }

    /// <summary>
    /// PAM over a row-major n × n matrix where unit o counts weights[o] times: a bootstrap resample
    /// with repeated units is the same problem as its distinct units weighted by multiplicity.
    /// </summary>
    internal static KMedoidsResult Fit(double[] d, int n, double[]? weights, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        var w = weights ?? Ones(n);
        var state = new State(d, n, w, k);
        state.Build();
        state.Swap();
        return state.Result();
    }

    private static double[] Ones(int n)
    {
        var ones = new double[n];
        Array.Fill(ones, 1.0);
        return ones;
    }

    private sealed class State(double[] d, int n, double[] w, int k)
    {
        private readonly int[] medoids = new int[k];
        private readonly bool[] isMedoid = new bool[n];
        private readonly int[] nearest = new int[n];
        private readonly double[] nearestDistance = new double[n];
        private readonly double[] secondDistance = new double[n];

        public void Build()
        {
            var first = -1;
            var bestTotal = double.PositiveInfinity;
            for (var x = 0; x < n; x++)
            {
                var total = WeightedSum(new ReadOnlySpan<double>(d, x * n, n));
                if (total < bestTotal)
                {
                    bestTotal = total;
                    first = x;
                }
            }

            AddMedoid(0, first);
            for (var o = 0; o < n; o++)
            {
                nearestDistance[o] = d[(first * n) + o];
            }

            for (var slot = 1; slot < k; slot++)
            {
                var chosen = -1;
                var bestGain = double.NegativeInfinity;
                for (var x = 0; x < n; x++)
                {
                    if (isMedoid[x])
                    {
                        continue;
                    }

                    var gain = BuildGain(new ReadOnlySpan<double>(d, x * n, n));
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        chosen = x;
                    }
                }

                AddMedoid(slot, chosen);
                var chosenRow = chosen * n;
                for (var o = 0; o < n; o++)
                {
                    nearestDistance[o] = Math.Min(nearestDistance[o], d[chosenRow + o]);
                }
            }
        }

        public void Swap()
        {
            var delta = new double[k];
            var maxSteps = 100 * k;
            for (var step = 0; step < maxSteps; step++)
            {
                var cost = UpdateNearest();
                // A swap must gain more than rounding noise, or equal-cost exchanges could cycle.
                var bestChange = -1e-10 * Math.Max(1.0, cost);
                var bestCandidate = -1;
                var bestSlot = -1;
                for (var x = 0; x < n; x++)
                {
                    if (isMedoid[x])
                    {
                        continue;
                    }

                    var shared = EvaluateCandidate(x, delta);
                    for (var slot = 0; slot < k; slot++)
                    {
                        var change = shared + delta[slot];
                        if (change < bestChange)
                        {
                            bestChange = change;
                            bestCandidate = x;
                            bestSlot = slot;
                        }
                    }
                }

                if (bestCandidate < 0)
                {
                    return;
                }

                isMedoid[medoids[bestSlot]] = false;
                AddMedoid(bestSlot, bestCandidate);
            }
        }

        public KMedoidsResult Result()
        {
            Array.Sort(medoids);
            UpdateNearest();
            var labels = new int[n];
            var cost = 0.0;
            for (var o = 0; o < n; o++)
            {
                labels[o] = nearest[o];
                cost += w[o] * nearestDistance[o];
            }

            // A medoid always belongs to its own cluster, even when another medoid is a duplicate of it.
            for (var j = 0; j < k; j++)
            {
                labels[medoids[j]] = j;
            }

            return new KMedoidsResult([.. medoids], labels, cost);
        }

        // The BUILD sums are the bulk of the work on a fresh partition, so they run four lanes at a
        // time. Vector256 has the same width on every machine (emulated without AVX), so the order
        // of additions, and with it every rounding and tie, is the same everywhere.
        private double WeightedSum(ReadOnlySpan<double> row)
        {
            var sums = Vector256<double>.Zero;
            var o = 0;
            for (; o <= row.Length - Vector256<double>.Count; o += Vector256<double>.Count)
            {
                sums += Vector256.Create(w.AsSpan(o)) * Vector256.Create(row[o..]);
            }

            var total = Vector256.Sum(sums);
            for (; o < row.Length; o++)
            {
                total += w[o] * row[o];
            }

            return total;
        }

        // Σ weight · max(0, nearest − distance to the candidate): how much closer the candidate brings the units.
        private double BuildGain(ReadOnlySpan<double> row)
        {
            var gains = Vector256<double>.Zero;
            var o = 0;
            for (; o <= row.Length - Vector256<double>.Count; o += Vector256<double>.Count)
            {
                var closer = Vector256.Create(nearestDistance.AsSpan(o)) - Vector256.Create(row[o..]);
                gains += Vector256.Create(w.AsSpan(o)) * Vector256.Max(closer, Vector256<double>.Zero);
            }

            var gain = Vector256.Sum(gains);
            for (; o < row.Length; o++)
            {
                gain += w[o] * Math.Max(nearestDistance[o] - row[o], 0.0);
            }

            return gain;
        }

        private void AddMedoid(int slot, int unit)
        {
            medoids[slot] = unit;
            isMedoid[unit] = true;
        }

        // Swapping medoid i for x moves unit o to min(d(o,x), its distance without i). That is a change
        // shared by every i when x is closer than o's nearest medoid, and otherwise a cost charged only
        // to o's nearest medoid: min(second, d(o,x)) − nearest.
        private double EvaluateCandidate(int x, double[] delta)
        {
            Array.Clear(delta);
            var shared = 0.0;
            var row = x * n;
            for (var o = 0; o < n; o++)
            {
                var toCandidate = d[row + o];
                var current = nearestDistance[o];
                if (toCandidate < current)
                {
                    shared += w[o] * (toCandidate - current);
                }
                else
                {
                    delta[nearest[o]] += w[o] * (Math.Min(secondDistance[o], toCandidate) - current);
                }
            }

            return shared;
        }

        private double UpdateNearest()
        {
            Array.Fill(nearestDistance, double.PositiveInfinity);
            Array.Fill(secondDistance, double.PositiveInfinity);
            // Slot by slot so each pass reads one contiguous row of the matrix.
            for (var slot = 0; slot < k; slot++)
            {
                var row = medoids[slot] * n;
                for (var o = 0; o < n; o++)
                {
                    var distance = d[row + o];
                    if (distance < nearestDistance[o])
                    {
                        secondDistance[o] = nearestDistance[o];
                        nearestDistance[o] = distance;
                        nearest[o] = slot;
                    }
                    else if (distance < secondDistance[o])
                    {
                        secondDistance[o] = distance;
                    }
                }
            }

            var cost = 0.0;
            for (var o = 0; o < n; o++)
            {
                cost += w[o] * nearestDistance[o];
            }

            return cost;
        }
    }
}
