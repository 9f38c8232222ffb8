using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Analytics.Tests;

public sealed class RunInputsHashTests
{
    private static readonly ProfileSet Set = SyntheticProfiles.Nudged(groups: 4, units: 42, nudged: 0.1, missing: 0.1, seed: 71).Set;

    [Fact]
    public void The_hash_is_lowercase_hex_sha256_and_does_not_depend_on_the_order_profiles_were_given_in()
    {
        var options = new ClusterRunOptions();
        var reversed = new ProfileSet(Set.RoundLabel, Set.Framework, Enumerable.Range(0, Set.Count).Reverse().Select(u => HeldOutProfiles.Profile(Set, u)));

        var hash = RunInputsHash.Of(Set, options);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, RunInputsHash.Of(reversed, new ClusterRunOptions()));
        Assert.Equal(hash, RunInputsHash.Of(Set, options with { PreviousClusters = new Dictionary<string, int> { ["U0001"] = 0 } }));
    }

    [Fact]
    public void The_hash_changes_when_one_value_changes_or_goes_missing()
    {
        var options = new ClusterRunOptions();
        var hash = RunInputsHash.Of(Set, options);
        var unit = Enumerable.Range(0, Set.Count).First(u => Set.ValueOf(u, 5) is < 1.0);

        var raised = Changed(unit, 5, Set.ValueOf(unit, 5)!.Value + ProfileValues.OnePhase);
        var blanked = Changed(unit, 5, null);
        var nudged = Changed(unit, 5, Set.ValueOf(unit, 5)!.Value + 1e-12);

        Assert.Equal(4, new[] { hash, RunInputsHash.Of(raised, options), RunInputsHash.Of(blanked, options), RunInputsHash.Of(nudged, options) }.Distinct().Count());
    }

    [Fact]
    public void The_hash_changes_with_the_seed_an_option_a_unit_or_the_round()
    {
        var options = new ClusterRunOptions();
        var hash = RunInputsHash.Of(Set, options);
        var fewer = HeldOutProfiles.Subset(Set, code => code != Set.UnitCodes[0]);
        var otherRound = new ProfileSet("2026", Set.Framework, Enumerable.Range(0, Set.Count).Select(u => HeldOutProfiles.Profile(Set, u)));

        Assert.NotEqual(hash, RunInputsHash.Of(Set, options with { Seed = options.Seed + 1 }));
        Assert.NotEqual(hash, RunInputsHash.Of(Set, options with { KMeansSeeds = 3 }));
        Assert.NotEqual(hash, RunInputsHash.Of(Set, options with { StabilityThreshold = 0.7 }));
        Assert.NotEqual(hash, RunInputsHash.Of(fewer, options));
        Assert.NotEqual(hash, RunInputsHash.Of(otherRound, options));
    }

    private static ProfileSet Changed(int unit, int capability, double? value) =>
        new(Set.RoundLabel, Set.Framework, Enumerable.Range(0, Set.Count).Select(u =>
        {
            var profile = HeldOutProfiles.Profile(Set, u);
            return u != unit ? profile : profile with { Values = [.. profile.Values.Select((v, c) => c == capability ? value : v)] };
        }));
}
