using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// Data protection (cookies, antiforgery tokens) with its keys in the store, so every instance on the
/// same database shares them. With <c>DataProtection:Certificate:Path</c> the keys are encrypted
/// with that certificate before they are stored, and read with it or any of
/// <c>DataProtection:PreviousCertificates</c>; without, they are stored as they are and one line
/// at start says so.
/// </summary>
internal static partial class DataProtectionExtensions
{
    // The framework warns at every new key when no encryptor is set; the platform says it once instead.
    private const string KeyManagerCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    public static WebApplicationBuilder AddSharedDataProtection(this WebApplicationBuilder builder)
    {
        var options = new DataProtectionCertificateOptions();
        builder.Configuration.GetSection(DataProtectionCertificateOptions.Section).Bind(options);
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("MnrPlatform");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(keys =>
                keys.XmlRepository = new StoreXmlRepository(services.GetRequiredService<IServiceScopeFactory>())));

        var contentRoot = builder.Environment.ContentRootPath;
        if (options.Certificate is { } current)
        {
            var certificate = current.Load(contentRoot, "DataProtection:Certificate");
            var previous = options.PreviousCertificates.Select((file, i) => file.Load(contentRoot, $"DataProtection:PreviousCertificates:{i}"));
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate([certificate, .. previous]);
            builder.Services.AddHostedService(services => new StartLine(services, logger => KeysEncrypted(logger, certificate.Thumbprint)));
        }
        else
        {
            builder.Logging.AddFilter(KeyManagerCategory, level => level >= LogLevel.Error);
            builder.Services.AddHostedService(services => new StartLine(services, KeysUnencrypted));
        }

        return builder;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data protection keys are encrypted in the store with the certificate {Thumbprint}")]
    private static partial void KeysEncrypted(ILogger logger, string thumbprint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data protection keys are stored unencrypted: set DataProtection:Certificate:Path (a .pfx with its private key) and :Password to encrypt them at rest")]
    private static partial void KeysUnencrypted(ILogger logger);

    /// <summary>Writes one line when the host starts.</summary>
    private sealed class StartLine(IServiceProvider services, Action<ILogger> write) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            write(services.GetRequiredService<ILoggerFactory>().CreateLogger("MnrPlatform.Host.DataProtection"));
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
