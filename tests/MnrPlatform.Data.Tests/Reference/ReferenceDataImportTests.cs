using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Reference;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Tests.Reference;

/// <summary>Loading the reference data into the store: at start, and again by import, all or nothing.</summary>
public abstract class ReferenceDataImportTests
{
    protected abstract Task<ITestStore> CreateStoreAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_built_in_data_is_loaded_into_an_empty_store_once()
    {
        await using var store = await CreateStoreAsync();
        await using var db = await MigratedAsync(store);
        var importer = new ReferenceDataImporter(db, TimeProvider.System);

        var first = await importer.EnsureBuiltInAsync(Cancellation);
        var second = await importer.EnsureBuiltInAsync(Cancellation);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(ReferenceDataFiles.Shipped, first.Source);
        Assert.Equal(249, await db.Countries.CountAsync(Cancellation));
        Assert.Equal(first.IncomeGroups, await db.CountryIncomeGroups.CountAsync(Cancellation));
        var kenya = await db.Countries.Include(c => c.IncomeGroups).SingleAsync(c => c.Iso3 == "KEN", Cancellation);
        Assert.Equal(("KE", "Africa", "Sub-Saharan Africa", "Eastern Africa"), (kenya.Iso2, kenya.Region, kenya.SubRegion, kenya.IntermediateRegion));
        Assert.Equal(IncomeGroup.LowerMiddle, kenya.IncomeGroups.Single(g => g.FiscalYear == 2022).Group);
    }

    [Fact]
    public async Task Changed_built_in_data_is_loaded_again_after_an_upgrade_but_a_folder_import_is_kept()
    {
        await using var loaded = await LoadedStoreAsync();

        var last = await loaded.Db.ReferenceDataImports.SingleAsync(Cancellation);
        last.ContentHash = "hash of an older release";
        await loaded.Db.SaveChangesAsync(Cancellation);
        Assert.NotNull(await loaded.Importer.EnsureBuiltInAsync(Cancellation));

        await ImportEditedAsync(loaded.Importer, countries: c => c.Replace("KEN,404,Kenya,", "KEN,404,Republic of Kenya,", StringComparison.Ordinal));
        Assert.Null(await loaded.Importer.EnsureBuiltInAsync(Cancellation));
        Assert.Equal("Republic of Kenya", (await loaded.Db.Countries.AsNoTracking().SingleAsync(c => c.Iso3 == "KEN", Cancellation)).Name);
    }

    [Fact]
    public async Task A_re_import_updates_names_and_income_groups_in_place()
    {
        await using var loaded = await LoadedStoreAsync();

        var (import, folder) = await ImportEditedAsync(loaded.Importer, incomeGroups: g => g.Replace("KEN,2026,LM", "KEN,2026,UM", StringComparison.Ordinal));

        Assert.Equal(folder, import.Source);
        await using var fresh = loaded.Store.Open();
        Assert.Equal(IncomeGroup.UpperMiddle, (await fresh.CountryIncomeGroups.SingleAsync(g => g.CountryIso3 == "KEN" && g.FiscalYear == 2026, Cancellation)).Group);
        Assert.Equal(IncomeGroup.LowerMiddle, (await fresh.CountryIncomeGroups.SingleAsync(g => g.CountryIso3 == "KEN" && g.FiscalYear == 2022, Cancellation)).Group);
        Assert.Equal(2, await fresh.ReferenceDataImports.CountAsync(Cancellation));
    }

    [Fact]
    public async Task A_bad_file_writes_nothing_and_names_the_row_and_column()
    {
        await using var loaded = await LoadedStoreAsync();

        var error = await Assert.ThrowsAsync<ReferenceDataException>(() => ImportEditedAsync(
            loaded.Importer,
            countries: c => c.Replace("KEN,404,Kenya,", "KEN,404,Kenya (renamed),", StringComparison.Ordinal),
            incomeGroups: g => g.Replace("KEN,2026,LM", "KEN,2026,XX", StringComparison.Ordinal)));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((ReferenceDataReader.IncomeGroupsFileName, "income_group"), (problem.FileName, problem.Column));
        Assert.NotNull(problem.Row);
        await using var fresh = loaded.Store.Open();
        Assert.Equal("Kenya", (await fresh.Countries.SingleAsync(c => c.Iso3 == "KEN", Cancellation)).Name);
        Assert.Equal(1, await fresh.ReferenceDataImports.CountAsync(Cancellation));
    }

    [Fact]
    public async Task A_country_with_stored_answers_cannot_be_removed_by_a_re_import()
    {
        await using var loaded = await LoadedStoreAsync();
        var round = new SurveyRound { Code = "r", Name = "R", Year = 2025, IncomeClassificationYear = 2026 };
        round.Submissions.Add(new Submission { CountryIso3 = "KEN", InstrumentCode = "government-survey" });
        loaded.Db.SurveyRounds.Add(round);
        await loaded.Db.SaveChangesAsync(Cancellation);

        var error = await Assert.ThrowsAsync<ReferenceDataException>(() => ImportEditedAsync(
            loaded.Importer,
            countries: c => WithoutLines(c, "KE,KEN,"),
            incomeGroups: g => WithoutLines(g, "KEN,")));

        Assert.Contains("KEN", error.Message, StringComparison.Ordinal);
        await using var fresh = loaded.Store.Open();
        Assert.True(await fresh.Countries.AnyAsync(c => c.Iso3 == "KEN", Cancellation));
    }

    /// <summary>A migrated store with the built-in reference data loaded.</summary>
    private async Task<LoadedStore> LoadedStoreAsync()
    {
        var store = await CreateStoreAsync();
        var db = await MigratedAsync(store);
        var importer = new ReferenceDataImporter(db, TimeProvider.System);
        await importer.EnsureBuiltInAsync(Cancellation);
        return new LoadedStore(store, db, importer);
    }

    /// <summary>Imports the built-in files, edited, from a folder; returns the import and the folder's full path.</summary>
    private static async Task<(ReferenceDataImport Import, string Folder)> ImportEditedAsync(
        ReferenceDataImporter importer, Func<string, string>? countries = null, Func<string, string>? incomeGroups = null)
    {
        var files = ReferenceDataFiles.BuiltIn();
        using var folder = new TempDirectory();
        await WriteAsync(folder, countries?.Invoke(files.Countries) ?? files.Countries, incomeGroups?.Invoke(files.IncomeGroups) ?? files.IncomeGroups);
        return (await importer.ImportAsync(ReferenceDataReader.ReadFolder(folder.Path), Cancellation), Path.GetFullPath(folder.Path));
    }

    private static string WithoutLines(string text, string prefix) =>
        string.Join('\n', text.Split('\n').Where(line => !line.StartsWith(prefix, StringComparison.Ordinal)));

    private sealed record LoadedStore(ITestStore Store, MnrDbContext Db, ReferenceDataImporter Importer) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            await Store.DisposeAsync();
        }
    }

    private static async Task<MnrDbContext> MigratedAsync(ITestStore store)
    {
        var db = store.Open();
        await StoreMigrator.MigrateAsync(db, NullLogger.Instance, Cancellation);
        return db;
    }

    private static async Task WriteAsync(TempDirectory folder, string countries, string incomeGroups)
    {
        await File.WriteAllTextAsync(Path.Combine(folder.Path, ReferenceDataReader.CountriesFileName), countries, new UTF8Encoding(false), Cancellation);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, ReferenceDataReader.IncomeGroupsFileName), incomeGroups, new UTF8Encoding(false), Cancellation);
    }
}

public sealed class SqliteReferenceDataImportTests : ReferenceDataImportTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlReferenceDataImportTests : ReferenceDataImportTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
