using System.Text.Json;
using MnrPlatform.Analytics.Probe;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Analytics.Tests;

/// <summary>A stored model and a run record do not depend on the process that made or reads them.</summary>
public sealed class ClusterModelProcessTests
{
    [Fact]
    public async Task A_model_loaded_in_a_new_process_places_countries_as_this_process_and_the_run_did()
    {
        using var folder = new TempDirectory();
        var split = HeldOutProfiles.Nudged(units: 120, heldOut: 6, missing: 0.1, seed: 61);
        var result = ClusterAnalysis.RunWithModel(split.Run);
        var model = Path.Combine(folder.Path, "model.zip");
        await File.WriteAllBytesAsync(model, result.Model!.ToBytes(), TestContext.Current.CancellationToken);
        var heldOut = Write(folder, "held-out.json", split.HeldOut);
        var own = Write(folder, "own.json", split.Run);

        await ProbeProcess.RunAsync("place", model, heldOut, Path.Combine(folder.Path, "held-out-placed.json"));
        await ProbeProcess.RunAsync("place", model, own, Path.Combine(folder.Path, "own-placed.json"));

        var there = await Read(folder, "held-out-placed.json");
        Assert.Equal(result.Model.Place(split.HeldOut), there);
        Assert.Equal(6, there.Count);
        var ownThere = await Read(folder, "own-placed.json");
        Assert.Equal(result.Run.Units.Select(u => (u.UnitCode, u.Cluster!.Value)), ownThere.Select(p => (p.UnitCode, p.Cluster)));
    }

    [Theory]
    [InlineData(120, 0.1, 62)]
    [InlineData(42, 0.0, 63)]
    public async Task The_same_inputs_and_seed_give_the_same_run_record_and_model_bytes_in_a_second_process(int units, double missing, int seed)
    {
        using var folder = new TempDirectory();
        var (set, _) = SyntheticProfiles.Nudged(groups: 4, units, nudged: 0.1, missing, seed);
        var result = ClusterAnalysis.RunWithModel(set);

        await ProbeProcess.RunAsync("run", Write(folder, "profiles.json", set), Path.Combine(folder.Path, "run.json"), Path.Combine(folder.Path, "model.zip"));

        var token = TestContext.Current.CancellationToken;
        Assert.Equal(ClusterRunJson.Serialize(result.Run), await File.ReadAllBytesAsync(Path.Combine(folder.Path, "run.json"), token));
        Assert.Equal(result.Model!.ToBytes(), await File.ReadAllBytesAsync(Path.Combine(folder.Path, "model.zip"), token));
    }

    private static string Write(TempDirectory folder, string name, Profiles.ProfileSet set)
    {
        var path = Path.Combine(folder.Path, name);
        ProfileFile.From(set).Write(path);
        return path;
    }

    private static async Task<List<UnitAssignment>> Read(TempDirectory folder, string name) =>
        JsonSerializer.Deserialize<List<UnitAssignment>>(
            await File.ReadAllBytesAsync(Path.Combine(folder.Path, name), TestContext.Current.CancellationToken))!;
}
