namespace MnrPlatform.Data.Surveys.Profiles;

/// <summary>The median of self-assessed phases.</summary>
public static class PhaseMedian
{
    /// <summary>
    /// The median of <paramref name="phases"/>: the middle phase of an odd count, the mean of the two
    /// middle phases of an even count (so 2.5 between phases 2 and 3); null for none.
    /// </summary>
    public static double? Of(IEnumerable<int> phases)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var sorted = phases.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
