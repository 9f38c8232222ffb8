namespace MnrPlatform.Analytics.Profiles;

/// <summary>
/// The capability profiles of one round, validated and in canonical order: units sorted by code
/// (ordinal), so that results never depend on the order the caller listed them in and "lowest
/// index" tie-breaking means "first unit code".
/// </summary>
public sealed class ProfileSet
{
    private readonly string[] unitCodes;
    private readonly double[][] values;

    /// <summary>Validates and orders the profiles of a round.</summary>
    /// <param name="roundLabel">The round the profiles belong to, e.g. "2025".</param>
    /// <param name="framework">The capabilities and domains of the profiles.</param>
    /// <param name="profiles">One profile per unit; codes unique, one value (0..1 or null) per capability.</param>
    public ProfileSet(string roundLabel, CapabilityFramework framework, IEnumerable<CapabilityProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(roundLabel);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(profiles);
        RoundLabel = roundLabel;
        Framework = framework;
        var ordered = profiles.OrderBy(p => p.UnitCode, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            Validate(ordered[i], framework.Count);
            if (i > 0 && string.Equals(ordered[i - 1].UnitCode, ordered[i].UnitCode, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unit '{ordered[i].UnitCode}' has more than one profile.", nameof(profiles));
            }
        }

        unitCodes = [.. ordered.Select(p => p.UnitCode)];
        values = [.. ordered.Select(p => p.Values.Select(v => v ?? double.NaN).ToArray())];
    }

    /// <summary>The round the profiles belong to.</summary>
    public string RoundLabel { get; }

    /// <summary>The capabilities and domains of the profiles.</summary>
    public CapabilityFramework Framework { get; }

    /// <summary>The unit codes in canonical (ordinal) order; unit indices everywhere refer to this list.</summary>
    public IReadOnlyList<string> UnitCodes => unitCodes;

    /// <summary>The number of units.</summary>
    public int Count => unitCodes.Length;

    /// <summary>A unit's value for a capability, or null when missing.</summary>
    /// <param name="unit">The unit's index in <see cref="UnitCodes"/>.</param>
    /// <param name="capability">The capability's index in the framework.</param>
    public double? ValueOf(int unit, int capability) => values[unit][capability] is var v && double.IsNaN(v) ? null : v;

    /// <summary>The index of a unit code, or −1 when absent.</summary>
    /// <param name="unitCode">The unit's code.</param>
    public int IndexOf(string unitCode)
    {
        var index = Array.BinarySearch(unitCodes, unitCode, StringComparer.Ordinal);
        return index >= 0 ? index : -1;
    }

    /// <summary>A unit's values with NaN for missing ones: the form the computations use.</summary>
    internal double[] Row(int unit) => values[unit];

    private static void Validate(CapabilityProfile profile, int capabilityCount)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (string.IsNullOrWhiteSpace(profile.UnitCode))
        {
            throw new ArgumentException("A profile needs a unit code.", nameof(profile));
        }

        if (profile.Values.Count != capabilityCount)
        {
            throw new ArgumentException(
                $"Unit '{profile.UnitCode}' has {profile.Values.Count} values; the framework has {capabilityCount} capabilities.", nameof(profile));
        }

        foreach (var value in profile.Values)
        {
            if (value is { } v && !(v >= 0.0 && v <= 1.0))
            {
                throw new ArgumentException($"Unit '{profile.UnitCode}' has a value outside 0..1.", nameof(profile));
            }
        }
    }
}
