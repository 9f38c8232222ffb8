using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Demo;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Data.Tests.Demo;

/// <summary>A migrated test store with the built-in reference data and the demo dataset stored in it.</summary>
internal static class DemoStore
{
    public static async Task SeedAsync(ITestStore store)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var db = await store.OpenPreparedAsync(cancellation);
        await Dataset(db).SeedAsync(cancellation);
    }

    public static DemoDataset Dataset(MnrDbContext db) =>
        new(db, DomainPlugins.Catalog, TimeProvider.System, NullLogger<DemoDataset>.Instance);

    public static async Task<IReadOnlyList<Respondent>> RespondentsAsync(ITestStore store, string round)
    {
        await using var db = store.Open();
        return await new RoundRespondentReader(db, DomainPlugins.Catalog).ReadAsync(round, includeUnvalidated: false, TestContext.Current.CancellationToken);
    }
}
