using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Hosting.Circuits;

/// <summary>
/// The signed-in user in requests and in interactive circuits: <see cref="CurrentUser"/>, the
/// revalidating authentication state, and the <see cref="AccessScope"/> built from it.
/// </summary>
internal static class CircuitHostingExtensions
{
    public static IServiceCollection AddCircuitUsers(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CircuitAccountOptions>(configuration.GetSection(CircuitAccountOptions.SectionName));
        services.AddCascadingAuthenticationState();
        // AddRazorComponents registers no ServerAuthenticationStateProvider (dotnet/aspnetcore#52390):
        // the revalidating one serves static rendering and circuits alike.
        services.AddScoped<AuthenticationStateProvider, RevalidatingAccountStateProvider>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<UserScopes>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitUserTracker>());
        services.AddScoped(s => s.GetRequiredService<CurrentUser>().Scope);
        return services;
    }
}
