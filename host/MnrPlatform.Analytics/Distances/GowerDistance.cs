using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Distances;

/// <summary>
/// Domain-balanced Gower distance between two capability profiles. Per capability the dissimilarity
/// is |a − b| (values are already in 0..1). The mean is taken within each domain over the
/// capabilities both profiles have, then over the domains that have at least one such capability,
/// so every domain weighs the same whatever its size, and a missing value is left out (the weights
/// are renormalised over what is present) rather than guessed. When no capability is comparable
/// the distance is undefined; it is then taken as 1, the maximum, so such a pair is never called
/// similar, and <see cref="GowerComparison.ComparableCount"/> is 0.
/// </summary>
public sealed class GowerDistance
{
    /// <summary>The name runs record for this distance.</summary>
    public const string Name = "gower-domain-balanced";

    private readonly CapabilityFramework framework;

    /// <summary>Creates the distance for a framework's capabilities and domains.</summary>
    /// <param name="framework">The capabilities, each with its domain.</param>
    public GowerDistance(CapabilityFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        this.framework = framework;
    }

    /// <summary>Compares two profiles given in the framework's capability order.</summary>
    /// <param name="a">The first profile's values (null = missing).</param>
    /// <param name="b">The second profile's values (null = missing).</param>
    public GowerComparison Compare(IReadOnlyList<double?> a, IReadOnlyList<double?> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != framework.Count || b.Count != framework.Count)
        {
            throw new ArgumentException($"Profiles must have {framework.Count} values.");
        }

        return Compare(ToRow(a), ToRow(b), excludedCapability: -1);
    }

    /// <summary>The distance between two profiles; 1 when no capability is comparable.</summary>
    /// <param name="a">The first profile's values (null = missing).</param>
    /// <param name="b">The second profile's values (null = missing).</param>
    public double Between(IReadOnlyList<double?> a, IReadOnlyList<double?> b) => Compare(a, b).Distance;

    /// <summary>Compares two rows (NaN = missing), optionally leaving one capability out.</summary>
    internal GowerComparison Compare(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int excludedCapability)
    {
        Span<double> sums = stackalloc double[framework.Domains.Count];
        Span<int> counts = stackalloc int[framework.Domains.Count];
        return Compare(a, b, excludedCapability, sums, counts);
    }

    /// <summary>The same, with scratch space from the caller for tight loops.</summary>
    internal GowerComparison Compare(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int excludedCapability, Span<double> sums, Span<int> counts)
    {
        sums.Clear();
        counts.Clear();
        var comparable = 0;
        for (var c = 0; c < a.Length; c++)
        {
            var difference = Math.Abs(a[c] - b[c]);
            if (c == excludedCapability || double.IsNaN(difference))
            {
                continue;
            }

            var domain = framework.DomainOf(c);
            sums[domain] += difference;
            counts[domain]++;
            comparable++;
        }

        if (comparable == 0)
        {
            return new GowerComparison(1.0, 0);
        }

        var total = 0.0;
        var domains = 0;
        for (var d = 0; d < sums.Length; d++)
        {
            if (counts[d] > 0)
            {
                total += sums[d] / counts[d];
                domains++;
            }
        }

        return new GowerComparison(total / domains, comparable);
    }

    private static double[] ToRow(IReadOnlyList<double?> values) => [.. values.Select(v => v ?? double.NaN)];
}
