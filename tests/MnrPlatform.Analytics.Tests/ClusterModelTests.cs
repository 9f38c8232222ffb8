using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Analytics.Tests;

/// <summary>The stored model of a run: it places units as the run clustered them, with the run's means and scaling.</summary>
public sealed class ClusterModelTests
{
    [Theory]
    [InlineData(42, 0.0, 41)]
    [InlineData(120, 0.1, 42)]
    [InlineData(200, 0.1, 43)]
    public void Placing_the_runs_own_units_gives_their_run_clusters(int units, double missing, int seed)
    {
        var (set, _) = SyntheticProfiles.Nudged(groups: 4, units, nudged: 0.1, missing, seed);

        var result = ClusterAnalysis.RunWithModel(set);
        var placed = result.Model!.Place(set);

        Assert.Equal(set.Framework.Capabilities.Select(c => c.Code), result.Model.CapabilityCodes);
        Assert.Equal(result.Run.Units.Select(u => (u.UnitCode, u.Cluster!.Value)), placed.Select(p => (p.UnitCode, p.Cluster)));
        Assert.All(placed, p => Assert.True(p.Distance >= 0 && double.IsFinite(p.Distance), $"{p.UnitCode}: distance {p.Distance}"));
    }

    [Fact]
    public void A_country_held_out_of_the_run_is_placed_in_the_cluster_with_the_nearest_centroid()
    {
        var split = HeldOutProfiles.Nudged(units: 120, heldOut: 8, missing: 0.1, seed: 44);
        var result = ClusterAnalysis.RunWithModel(split.Run);
        var scale = split.Run.Framework.BalancedWeights.Select(Math.Sqrt).ToArray();
        var means = ScaledProfiles.CapabilityMeans(split.Run);

        var placed = result.Model!.Place(split.HeldOut);

        Assert.Equal(split.HeldOut.UnitCodes, placed.Select(p => p.UnitCode));
        for (var u = 0; u < split.HeldOut.Count; u++)
        {
            var profile = HeldOutProfiles.Profile(split.HeldOut, u);
            Assert.Equal(HeldOutProfiles.NearestCentroid(result.Run, split.Run, profile), placed[u].Cluster);

            var point = profile.Values.Select((v, c) => (v ?? means[c]) * scale[c]).ToArray();
            var centroid = result.Run.Clusters[placed[u].Cluster].Centroid.Select((v, c) => v * scale[c]).ToArray();
            Assert.Equal(MlNetKMeans.SquaredDistance(point, centroid), placed[u].Distance, 4);

            // And with the run units of its planted group.
            var group = split.PlantedGroup[placed[u].UnitCode];
            var groupCluster = result.Run.Units.Where(r => split.PlantedGroup[r.UnitCode] == group).GroupBy(r => r.Cluster).MaxBy(g => g.Count())!.Key;
            Assert.Equal(groupCluster, placed[u].Cluster);
        }
    }

    [Fact]
    public void Missing_values_in_a_placed_profile_are_replaced_by_the_means_stored_with_the_model()
    {
        var split = HeldOutProfiles.Nudged(units: 120, heldOut: 4, missing: 0.0, seed: 45);
        var model = ClusterAnalysis.RunWithModel(split.Run).Model!;
        var runMeans = ScaledProfiles.CapabilityMeans(split.Run);
        var blank = new[] { 0, 4, 8, 12, 16, 20 };
        var original = HeldOutProfiles.Profile(split.HeldOut, 0);
        var gappy = original with { Values = [.. original.Values.Select((v, c) => blank.Contains(c) ? null : v)] };
        var filled = original with { Values = [.. original.Values.Select((v, c) => blank.Contains(c) ? runMeans[c] : v)] };
        // A unit at the far end of every capability: were the placed set's own means used, it would pull the gaps.
        var extreme = new CapabilityProfile("ZZZ", [.. Enumerable.Repeat((double?)1.0, split.Run.Framework.Count)]);

        var alone = model.Place(MnrFramework.Set(gappy)).Single();
        var withMeans = model.Place(MnrFramework.Set(filled)).Single();
        var beside = model.Place(MnrFramework.Set(gappy, extreme))[0];

        Assert.Equal(withMeans, alone);
        Assert.Equal(alone, beside);
    }

    [Fact]
    public void Capabilities_are_matched_by_code_and_a_capability_the_model_reads_but_the_profiles_lack_is_named()
    {
        var split = HeldOutProfiles.Nudged(units: 60, heldOut: 4, missing: 0.1, seed: 46);
        var model = ClusterAnalysis.RunWithModel(split.Run).Model!;
        var reversed = new CapabilityFramework(split.HeldOut.Framework.Capabilities.Reverse());
        var reversedSet = new ProfileSet("2026", reversed, Enumerable.Range(0, split.HeldOut.Count).Select(u =>
            new CapabilityProfile(split.HeldOut.UnitCodes[u], [.. HeldOutProfiles.Profile(split.HeldOut, u).Values.Reverse()])));
        var shorter = new CapabilityFramework(split.HeldOut.Framework.Capabilities.Where(c => c.Code is not ("HOTLINE" or "MEDIA")));
        var shorterSet = new ProfileSet("2026", shorter, [new CapabilityProfile("NEW", [.. Enumerable.Repeat((double?)0.5, shorter.Count)])]);

        Assert.Equal(model.Place(split.HeldOut), model.Place(reversedSet));
        var error = Assert.Throws<ArgumentException>(() => model.Place(shorterSet));
        Assert.Contains("lack capabilities the cluster model reads: HOTLINE, MEDIA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_read_back_from_its_bytes_places_as_the_original_and_writes_the_same_bytes()
    {
        var split = HeldOutProfiles.Nudged(units: 120, heldOut: 6, missing: 0.1, seed: 47);
        var model = ClusterAnalysis.RunWithModel(split.Run).Model!;
        var again = ClusterAnalysis.RunWithModel(split.Run).Model!;

        var bytes = model.ToBytes();
        var loaded = ClusterModel.Load(bytes);

        Assert.Equal(model.Place(split.HeldOut), loaded.Place(split.HeldOut));
        Assert.Equal(model.CapabilityCodes, loaded.CapabilityCodes);
        Assert.Equal(bytes, loaded.ToBytes());
        Assert.Equal(bytes, again.ToBytes());
        Assert.InRange(bytes.Length, 500, 50_000);
    }

    [Fact]
    public void A_run_without_clusters_has_no_model_and_placing_no_units_gives_none()
    {
        var (small, _) = SyntheticProfiles.Nudged(groups: 2, units: 15, nudged: 0.1, missing: 0, seed: 48);
        var (set, _) = SyntheticProfiles.Nudged(groups: 4, units: 42, nudged: 0.1, missing: 0, seed: 48);

        var none = ClusterAnalysis.RunWithModel(small);
        var model = ClusterAnalysis.RunWithModel(set).Model!;

        Assert.Equal(ClusterRunStatus.TooFewUnits, none.Run.Status);
        Assert.Null(none.Model);
        Assert.Empty(model.Place(MnrFramework.Set()));
    }
}
