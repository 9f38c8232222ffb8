using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Analytics.Tests;

public sealed class RunComparisonTests
{
    private static readonly Lazy<ClusterRun> Run = new(() =>
        ClusterAnalysis.Run(SyntheticProfiles.Nudged(groups: 4, units: 60, nudged: 0.1, missing: 0.1, seed: 81).Set));

    [Fact]
    public void Identical_runs_agree_fully_over_every_unit()
    {
        var agreement = RunComparison.Agreement(Run.Value, Run.Value);

        Assert.Equal(1.0, agreement.AdjustedRandIndex);
        Assert.Equal(60, agreement.CommonUnits);
    }

    [Fact]
    public void Relabelled_clusters_agree_fully_and_a_moved_unit_lowers_the_agreement()
    {
        var run = Run.Value;
        var k = run.Clusters.Count;
        var relabelled = run with { Units = [.. run.Units.Select(u => u with { Cluster = (u.Cluster + 1) % k })] };
        var moved = run with { Units = [.. run.Units.Select((u, i) => i < 6 ? u with { Cluster = (u.Cluster + 1) % k } : u)] };

        Assert.Equal(1.0, RunComparison.Agreement(run, relabelled).AdjustedRandIndex!.Value, 12);
        Assert.InRange(RunComparison.Agreement(run, moved).AdjustedRandIndex!.Value, 0.0, 0.99);
    }

    [Fact]
    public void Only_units_clustered_in_both_runs_are_compared()
    {
        var run = Run.Value;
        var later = run with { Units = [.. run.Units.Skip(10).Select(u => u with { UnitCode = u.UnitCode }), new UnitPlacement("NEW", 0, 0.1, false, 0, 0)] };
        var unclustered = run with { Units = [.. run.Units.Select(u => u with { Cluster = null })] };
        var one = run with { Units = [run.Units[0]] };

        Assert.Equal(new RunAgreement(1.0, 50), RunComparison.Agreement(run, later));
        Assert.Equal(new RunAgreement(null, 0), RunComparison.Agreement(run, unclustered));
        Assert.Equal(new RunAgreement(null, 1), RunComparison.Agreement(one, run));
    }
}
