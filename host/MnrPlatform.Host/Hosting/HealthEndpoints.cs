using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MnrPlatform.Data;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// <c>/healthz</c> answers while the process runs (liveness); <c>/healthz/ready</c> also asks the
/// database (readiness), so a load balancer sends traffic only to instances that can serve it.
/// </summary>
internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<MnrDbContext>("store", tags: [ReadyTag]);
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }
}
