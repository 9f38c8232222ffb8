using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Demo;

namespace MnrPlatform.Cli.Tests;

[Collection(DemoStoreGroup.Name)]
public sealed class DemoCommandTests(DemoStore store)
{
    [Fact]
    public void Load_into_an_empty_store_reports_the_reference_data_and_the_three_rounds_with_the_label()
    {
        var (exit, output, error) = store.Load;

        Assert.True(exit == 0, error);
        Assert.Contains("Reference data: imported 249 countries", output, StringComparison.Ordinal);
        Assert.Contains("Loaded round 2021-review (2021 review, published): 42 countries, submissions 42 validated,", output, StringComparison.Ordinal);
        Assert.Contains("Loaded round 2023-self-assessment (2023 self-assessment, published): 42 countries, submissions 42 validated,", output, StringComparison.Ordinal);
        Assert.Contains("Loaded round 2026-self-assessment (2026 self-assessment, open): 6 countries, submissions 3 draft, 1 submitted, 1 queried, 1 validated,", output, StringComparison.Ordinal);
        Assert.Contains(DemoDataset.Label, output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task A_second_load_is_refused_and_changes_nothing()
    {
        var before = await CountSubmissionsAsync();

        var (exit, output, error) = await store.RunAsync("demo", "load");

        Assert.Equal(1, exit);
        Assert.Contains("already has survey rounds (2021-review, 2023-self-assessment, 2026-self-assessment)", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was loaded", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Loaded round", output, StringComparison.Ordinal);
        Assert.Equal(before, await CountSubmissionsAsync());
        Assert.Equal(90, before);
    }

    [Fact]
    public async Task Without_domain_plugins_nothing_is_loaded_and_the_plugins_folder_is_named()
    {
        using var empty = new TempDirectory();
        using var data = new TempDirectory();
        try
        {
            var (exit, output, error) = await Cli.RunAsync("demo", "load", "--data-path", data.Path, "--plugins", empty.Path);

            Assert.Equal(2, exit);
            Assert.Contains($"no domain plugin is active in {empty.Path}", error, StringComparison.Ordinal);
            Assert.DoesNotContain("Reference data", output, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private async Task<int> CountSubmissionsAsync()
    {
        await using var db = store.Open();
        return await db.Submissions.CountAsync(TestContext.Current.CancellationToken);
    }
}
