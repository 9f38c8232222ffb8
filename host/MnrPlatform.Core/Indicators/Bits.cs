using System.Numerics;

namespace MnrPlatform.Core.Indicators;

/// <summary>Sets of respondents as bit arrays: bit r of word r / 64 is respondent r of an <see cref="IndexedRound"/>.</summary>
internal static class Bits
{
    /// <summary>The number of 64-bit words that hold <paramref name="count"/> bits.</summary>
    public static int Words(int count) => (count + 63) >> 6;

    /// <summary>A set holding the first <paramref name="count"/> respondents.</summary>
    public static ulong[] All(int count)
    {
        var set = new ulong[Words(count)];
        for (var w = 0; w < set.Length; w++)
        {
            var left = count - (w << 6);
            set[w] = left >= 64 ? ulong.MaxValue : (1UL << left) - 1;
        }

        return set;
    }

    public static void Set(ulong[] set, int index) => set[index >> 6] |= 1UL << (index & 63);

    public static bool Contains(ulong[] set, int index) => (set[index >> 6] & (1UL << (index & 63))) != 0;

    /// <summary>A new set: <paramref name="a"/> ∩ <paramref name="b"/>.</summary>
    public static ulong[] And(ulong[] a, ulong[] b)
    {
        var result = new ulong[a.Length];
        for (var w = 0; w < result.Length; w++)
        {
            result[w] = a[w] & b[w];
        }

        return result;
    }

    /// <summary>|<paramref name="a"/> ∩ <paramref name="b"/>|.</summary>
    public static int CountAnd(ulong[] a, ulong[] b)
    {
        var count = 0;
        for (var w = 0; w < a.Length; w++)
        {
            count += BitOperations.PopCount(a[w] & b[w]);
        }

        return count;
    }

    /// <summary>|<paramref name="a"/>|.</summary>
    public static int Count(ulong[] a)
    {
        var count = 0;
        foreach (var word in a)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    /// <summary>The members of <paramref name="set"/>, in order.</summary>
    public static IEnumerable<int> Members(ulong[] set)
    {
        for (var w = 0; w < set.Length; w++)
        {
            var word = set[w];
            while (word != 0)
            {
                yield return (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
    }
}
