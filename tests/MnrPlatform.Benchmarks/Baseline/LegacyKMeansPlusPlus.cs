namespace MnrPlatform.Benchmarks.Baseline;

/// <summary>
/// The hand-written k-means++ the analytics module used before ML.NET became its engine, kept here
/// only as the benchmarks' baseline. k-means (Lloyd) from k-means++ starts (Arthur and Vassilvitskii 2007), restarted with seeds
/// derived from one seed; the restart with the lowest inertia wins (the earliest on ties). A cluster
/// that empties takes the point farthest from its mean. Restarts may run in parallel: each has its
/// own seed, so the result does not depend on scheduling.
/// </summary>
public static class LegacyKMeansPlusPlus
{
    private const int Stream = 2;

    /// <summary>The best of several seeded k-means++ runs.</summary>
    /// <param name="points">The points, all of the same dimension.</param>
    /// <param name="k">The number of clusters, 1..number of points.</param>
    /// <param name="restarts">How many seeded starts to try, at least 1.</param>
    /// <param name="seed">The seed the restarts derive from.</param>
    /// <param name="maxIterations">The most Lloyd iterations per start.</param>
    public static (int[] Labels, double Inertia) Fit(IReadOnlyList<double[]> points, int k, int restarts, int seed, int maxIterations = 100)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, points.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(restarts, 1);
        var data = points.ToArray();
        var runs = new (int[] Labels, double Inertia)[restarts];
        Parallel.For(0, restarts, r => runs[r] = Lloyd(data, k, new Random(LegacyEngine.Derive(seed, Stream, r)), maxIterations));
        var best = runs[0];
        foreach (var run in runs.Skip(1))
        {
            if (run.Inertia < best.Inertia)
            {
                best = run;
            }
        }

        return best;
    }

    private static (int[] Labels, double Inertia) Lloyd(double[][] points, int k, Random random, int maxIterations)
    {
        var centres = PlusPlusStarts(points, k, random);
        var labels = new int[points.Length];
        Array.Fill(labels, -1);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            if (!Assign(points, centres, labels))
            {
                break;
            }

            UpdateCentres(points, centres, labels);
        }

        Assign(points, centres, labels);
        var inertia = 0.0;
        for (var i = 0; i < points.Length; i++)
        {
            inertia += SquaredDistance(points[i], centres[labels[i]]);
        }

        return (labels, inertia);
    }

    private static double[][] PlusPlusStarts(double[][] points, int k, Random random)
    {
        var n = points.Length;
        var centres = new double[k][];
        centres[0] = (double[])points[random.Next(n)].Clone();
        var closest = points.Select(p => SquaredDistance(p, centres[0])).ToArray();
        for (var c = 1; c < k; c++)
        {
            var total = closest.Sum();
            var chosen = random.Next(n);
            if (total > 0)
            {
                // Draw a point with probability proportional to its squared distance from the nearest start.
                var target = random.NextDouble() * total;
                var cumulative = 0.0;
                for (var i = 0; i < n; i++)
                {
                    cumulative += closest[i];
                    if (cumulative > target && closest[i] > 0)
                    {
                        chosen = i;
                        break;
                    }
                }
            }

            centres[c] = (double[])points[chosen].Clone();
            for (var i = 0; i < n; i++)
            {
                closest[i] = Math.Min(closest[i], SquaredDistance(points[i], centres[c]));
            }
        }

        return centres;
    }

    private static bool Assign(double[][] points, double[][] centres, int[] labels)
    {
        var changed = false;
        for (var i = 0; i < points.Length; i++)
        {
            var best = 0;
            var bestDistance = double.PositiveInfinity;
            for (var c = 0; c < centres.Length; c++)
            {
                var distance = SquaredDistance(points[i], centres[c]);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = c;
                }
            }

            changed |= labels[i] != best;
            labels[i] = best;
        }

        return changed;
    }

    private static void UpdateCentres(double[][] points, double[][] centres, int[] labels)
    {
        var dimension = points[0].Length;
        var counts = new int[centres.Length];
        foreach (var centre in centres)
        {
            Array.Clear(centre);
        }

        for (var i = 0; i < points.Length; i++)
        {
            counts[labels[i]]++;
            var centre = centres[labels[i]];
            for (var x = 0; x < dimension; x++)
            {
                centre[x] += points[i][x];
            }
        }

        for (var c = 0; c < centres.Length; c++)
        {
            if (counts[c] == 0)
            {
                continue;
            }

            for (var x = 0; x < dimension; x++)
            {
                centres[c][x] /= counts[c];
            }
        }

        for (var c = 0; c < centres.Length; c++)
        {
            if (counts[c] == 0)
            {
                centres[c] = (double[])points[FarthestFromItsCentre(points, centres, labels)].Clone();
            }
        }
    }

    private static int FarthestFromItsCentre(double[][] points, double[][] centres, int[] labels)
    {
        var farthest = 0;
        var farthestDistance = -1.0;
        for (var i = 0; i < points.Length; i++)
        {
            var distance = SquaredDistance(points[i], centres[labels[i]]);
            if (distance > farthestDistance)
            {
                farthestDistance = distance;
                farthest = i;
            }
        }

        return farthest;
    }

    private static double SquaredDistance(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var x = 0; x < a.Length; x++)
        {
            var difference = a[x] - b[x];
            sum += difference * difference;
        }

        return sum;
    }
}
