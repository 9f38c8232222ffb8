namespace MnrPlatform.Data.Demo;

/// <summary>
/// A small seeded generator (SplitMix64) for the demo dataset. Its own code rather than
/// <see cref="Random"/>, so the same seed gives the same data on every runtime version.
/// </summary>
internal sealed class DemoRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>A generator for one named part of the data: adding a part does not change the others.</summary>
    public static DemoRandom For(int seed, string part) => new(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ Fnv1a(part));

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal (Box–Muller).</summary>
    public double NextGaussian()
    {
        var u = 1.0 - NextDouble();
        var v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>
    /// Picks <paramref name="count"/> of <paramref name="items"/> without replacement, each with a
    /// chance proportional to its weight (Efraimidis–Spirakis keys); ties by the item's order.
    /// </summary>
    public IReadOnlyList<T> Pick<T>(IReadOnlyList<T> items, int count, Func<T, double> weight)
    {
        if (count < 0 || count > items.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Cannot pick {count} of {items.Count}.");
        }

        return [.. items
            .Select((item, index) => (Item: item, Index: index, Key: Math.Log(1.0 - NextDouble()) / weight(item)))
            .OrderByDescending(x => x.Key)
            .ThenBy(x => x.Index)
            .Take(count)
            .Select(x => x.Item)];
    }

    private ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return hash;
    }
}
