using System.Text.Json;
using MnrPlatform.Analytics.Probe;
using MnrPlatform.Analytics.Runs;

// run <profiles.json> <run.json> <model.zip>: clusters the profiles; writes the canonical run and the model.
// place <model.zip> <profiles.json> <assignments.json>: places the profiles with a stored model.
switch (args)
{
    case ["run", var profiles, var run, var model]:
        var result = ClusterAnalysis.RunWithModel(ProfileFile.Read(profiles));
        File.WriteAllBytes(run, ClusterRunJson.Serialize(result.Run));
        File.WriteAllBytes(model, result.Model?.ToBytes() ?? []);
        return 0;
    case ["place", var model, var profiles, var assignments]:
        var placed = ClusterModel.Load(File.ReadAllBytes(model)).Place(ProfileFile.Read(profiles));
        File.WriteAllBytes(assignments, JsonSerializer.SerializeToUtf8Bytes(placed));
        return 0;
    default:
        await Console.Error.WriteLineAsync("usage: run <profiles.json> <run.json> <model.zip> | place <model.zip> <profiles.json> <assignments.json>");
        return 2;
}
