using System.Globalization;
using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Tests;

/// <summary>Seeded synthetic rounds over the MNR framework.</summary>
internal static class SyntheticProfiles
{
    /// <summary>
    /// Units drawn around <paramref name="clusters"/> random phase profiles: each value is replaced by a
    /// random phase with probability <paramref name="noise"/> and left missing with probability
    /// <paramref name="missing"/>. Returns the set and each unit's planted cluster (in the set's order).
    /// </summary>
    public static (ProfileSet Set, int[] Planted) Planted(int clusters, int perCluster, double noise, double missing, int seed)
    {
        var random = new Random(seed);
        var capabilities = MnrFramework.Instance.Count;
        var centres = Enumerable.Range(0, clusters).Select(_ => Enumerable.Range(0, capabilities).Select(_ => random.Next(1, 5)).ToArray()).ToArray();
        var profiles = new List<CapabilityProfile>();
        var planted = new Dictionary<string, int>();
        for (var c = 0; c < clusters; c++)
        {
            for (var i = 0; i < perCluster; i++)
            {
                var code = UnitCode(profiles.Count);
                var values = centres[c].Select(phase =>
                {
                    var value = random.NextDouble() < noise ? random.Next(1, 5) : phase;
                    return random.NextDouble() < missing ? (double?)null : ProfileValues.FromPhase(value);
                }).ToList();
                profiles.Add(new CapabilityProfile(code, values));
                planted[code] = c;
            }
        }

        var set = new ProfileSet("synthetic", MnrFramework.Instance, Shuffle(profiles, random));
        return (set, [.. set.UnitCodes.Select(code => planted[code])]);
    }

    /// <summary>
    /// <paramref name="units"/> units split as evenly as possible over <paramref name="groups"/> random
    /// phase profiles: each phase is nudged one phase up or down (inwards at the ends) with probability
    /// <paramref name="nudged"/> and left missing with probability <paramref name="missing"/>. Returns
    /// the set and each unit's planted group (in the set's order).
    /// </summary>
    public static (ProfileSet Set, int[] Planted) Nudged(int groups, int units, double nudged, double missing, int seed)
    {
        var random = new Random(seed);
        var capabilities = MnrFramework.Instance.Count;
        var centres = Enumerable.Range(0, groups).Select(_ => Enumerable.Range(0, capabilities).Select(_ => random.Next(1, 5)).ToArray()).ToArray();
        var profiles = new List<CapabilityProfile>();
        var planted = new Dictionary<string, int>();
        for (var u = 0; u < units; u++)
        {
            var group = u % groups;
            var values = centres[group].Select(phase =>
            {
                var value = random.NextDouble() < nudged ? Nudge(phase, random) : phase;
                return random.NextDouble() < missing ? (double?)null : ProfileValues.FromPhase(value);
            }).ToList();
            var code = UnitCode(u);
            profiles.Add(new CapabilityProfile(code, values));
            planted[code] = group;
        }

        var set = new ProfileSet("nudged", MnrFramework.Instance, Shuffle(profiles, random));
        return (set, [.. set.UnitCodes.Select(code => planted[code])]);
    }

    /// <summary>Units with every value an independent uniform random phase.</summary>
    public static ProfileSet Uniform(int units, int seed)
    {
        var random = new Random(seed);
        var profiles = Enumerable.Range(0, units).Select(u => new CapabilityProfile(
            UnitCode(u),
            [.. Enumerable.Range(0, MnrFramework.Instance.Count).Select(_ => (double?)ProfileValues.FromPhase(random.Next(1, 5)))]));
        return new ProfileSet("uniform", MnrFramework.Instance, profiles);
    }

    private static int Nudge(int phase, Random random) => phase switch
    {
        1 => 2,
        ProfileValues.PhaseCount => ProfileValues.PhaseCount - 1,
        _ => phase + (random.Next(2) == 0 ? -1 : 1),
    };

    public static string UnitCode(int index) => "U" + index.ToString("D4", CultureInfo.InvariantCulture);

    private static List<CapabilityProfile> Shuffle(List<CapabilityProfile> profiles, Random random)
    {
        var shuffled = profiles.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        return shuffled;
    }
}
