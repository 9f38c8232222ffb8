namespace MnrPlatform.Cli.Tests;

/// <summary>The canonical run record does not depend on the process that computed it.</summary>
[Collection(DemoStoreGroup.Name)]
public sealed class ClusterRunProcessTests(DemoStore store)
{
    [Fact]
    public async Task A_second_process_writes_the_same_run_record_bytes_as_this_one()
    {
        using var folder = new TempDirectory();
        var here = Path.Combine(folder.Path, "here.json");
        var there = Path.Combine(folder.Path, "there.json");

        var inProcess = await store.RunAsync("cluster", "--round", DemoStore.SelfAssessment, "--json", here);
        var child = await CliProcess.RunAsync(
            "cluster", "--round", DemoStore.SelfAssessment, "--json", there, "--data-path", store.DataPath, "--plugins", DemoStore.DomainPlugins);

        Assert.True(inProcess.Exit == 0, inProcess.Error);
        Assert.True(child.Exit == 0, child.Error);
        Assert.Contains("Engine: Microsoft.ML 6.0.0 KMeansTrainer", child.Output, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(here, TestContext.Current.CancellationToken);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(there, TestContext.Current.CancellationToken));
    }
}
