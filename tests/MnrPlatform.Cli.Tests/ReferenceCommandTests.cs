using System.Text;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data;
using MnrPlatform.Data.Reference;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Cli.Tests;

public sealed class ReferenceCommandTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    [Fact]
    public async Task Import_without_a_folder_loads_the_built_in_data()
    {
        var (exit, output, _) = await Cli.RunAsync("reference", "import", "--data-path", data.Path);

        Assert.Equal(0, exit);
        Assert.Contains("Imported 249 countries", output, StringComparison.Ordinal);
        Assert.Contains("from shipped", output, StringComparison.Ordinal);
        Assert.Equal(249, await CountCountriesAsync());
    }

    [Fact]
    public async Task A_bad_folder_is_reported_by_file_row_and_column_and_writes_nothing()
    {
        using var folder = new TempDirectory();
        var files = ReferenceDataFiles.BuiltIn();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "countries.csv"), files.Countries.Replace("KE,KEN,404,", "KE,KENYA,404,", StringComparison.Ordinal), Encoding.UTF8, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "income-groups.csv"), files.IncomeGroups, Encoding.UTF8, TestContext.Current.CancellationToken);

        var (exit, _, error) = await Cli.RunAsync("reference", "import", folder.Path, "--data-path", data.Path);

        Assert.Equal(1, exit);
        Assert.Contains("nothing was imported", error, StringComparison.Ordinal);
        Assert.Contains("countries.csv, row", error, StringComparison.Ordinal);
        Assert.Contains("column 'iso3'", error, StringComparison.Ordinal);
        Assert.Equal(0, await CountCountriesAsync());
    }

    private async Task<int> CountCountriesAsync()
    {
        var options = new DbContextOptionsBuilder<MnrDbContext>();
        options.UseStore(StoreConnection.Resolve(new StoreOptions { DataPath = data.Path }, data.Path));
        await using var db = new MnrDbContext(options.Options);
        return await db.Countries.CountAsync(TestContext.Current.CancellationToken);
    }
}
