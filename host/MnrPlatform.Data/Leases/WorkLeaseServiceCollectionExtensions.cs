using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MnrPlatform.Data.Leases;

/// <summary>Registers the background-work leases.</summary>
public static class WorkLeaseServiceCollectionExtensions
{
    /// <summary>The lease service and its settings (the <c>WorkLeases</c> section of <paramref name="configuration"/>). Needs the store.</summary>
    public static IServiceCollection AddMnrWorkLeases(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<WorkLeaseOptions>(configuration.GetSection(WorkLeaseOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<WorkLeaseService>();
        return services;
    }
}
