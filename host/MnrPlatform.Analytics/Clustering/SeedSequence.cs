namespace MnrPlatform.Analytics.Clustering;

/// <summary>Derives independent, reproducible seeds for the many random streams of one run from its single seed.</summary>
internal static class SeedSequence
{
    /// <summary>The seed of stream <paramref name="stream"/>, draw <paramref name="index"/> (SplitMix64 finaliser).</summary>
    public static int Derive(int seed, int stream, int index)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) ^ ((ulong)(uint)stream << 20) ^ (uint)index;
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
