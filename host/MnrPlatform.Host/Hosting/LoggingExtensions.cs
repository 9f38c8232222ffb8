using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// Console logs: the formatter comes from <c>Logging:Console:FormatterName</c> (JSON by default,
/// one readable line per event in Development); message templates keep every value structured.
/// </summary>
internal static partial class LoggingExtensions
{
    public static WebApplicationBuilder AddPlatformLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        return builder;
    }

    /// <summary>Prints where the platform can be reached once the server has bound its addresses.</summary>
    public static WebApplication LogListeningAddresses(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            if (addresses is { Count: > 0 })
            {
                Listening(app.Logger, addresses);
            }
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MnrPlatform is listening on {Addresses}")]
    private static partial void Listening(ILogger logger, ICollection<string> addresses);
}
