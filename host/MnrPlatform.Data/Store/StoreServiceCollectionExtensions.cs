using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MnrPlatform.Data.Store;

/// <summary>Registers the platform's store with dependency injection.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MnrDbContext"/> on the given database, and the
    /// <see cref="StoreConnection"/> itself so status pages and the CLI can describe it.
    /// </summary>
    public static IServiceCollection AddMnrStore(this IServiceCollection services, StoreConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        services.AddSingleton(connection);
        services.AddDbContext<MnrDbContext>(options => options.UseStore(connection));
        return services;
    }

    /// <summary>Points EF Core at the chosen provider.</summary>
    public static DbContextOptionsBuilder UseStore(this DbContextOptionsBuilder options, StoreConnection connection)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Provider switch
        {
            StoreProvider.Sqlite => options.UseSqlite(connection.ConnectionString),
            StoreProvider.PostgreSql => options.UseNpgsql(connection.ConnectionString),
            _ => throw new StoreConfigurationException($"Store provider {connection.Provider} has no EF Core mapping."),
        };
    }
}
