using MnrPlatform.Data;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Host.Hosting;

/// <summary>Wires the store (SQLite by default, PostgreSQL by configuration) into the host.</summary>
internal static class StoreHostingExtensions
{
    public static WebApplicationBuilder AddStore(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        var connection = StoreConnection.Resolve(options, builder.Environment.ContentRootPath);
        builder.Services.AddMnrStore(connection);
        return builder;
    }

    /// <summary>
    /// Before the host takes requests: migrates the store and seeds it (accounts, reference data,
    /// instruments, demo data) under <see cref="StoreInitialisation"/>'s guard, so instances starting
    /// together on one database do it once, one after the other.
    /// </summary>
    public static async Task InitialiseStoreAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        var connection = scope.ServiceProvider.GetRequiredService<StoreConnection>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MnrPlatform.Store");
        StoreLog.Opening(logger, connection);
        await StoreInitialisation.RunAsync(db, logger, async _ =>
        {
            await app.SeedAccountsAsync();
            await app.SeedSurveyDataAsync();
        }, app.Lifetime.ApplicationStopping);
    }
}
