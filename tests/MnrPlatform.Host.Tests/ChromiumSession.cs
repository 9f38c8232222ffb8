using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The host on a real Kestrel port and Debian's Chromium driven by Playwright (never Playwright's
/// own browser download), for the browser journeys.
/// </summary>
internal sealed class ChromiumSession : IAsyncDisposable
{
    private ChromiumSession(IPlaywright playwright, IBrowser browser, Uri baseAddress)
    {
        Playwright = playwright;
        Browser = browser;
        BaseAddress = baseAddress;
    }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    /// <summary>Where the host listens, as localhost (Chromium keeps Secure cookies there).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts <paramref name="factory"/> on a free port and launches Chromium; skips (or fails under CI) without Chromium.</summary>
    public static async Task<ChromiumSession> StartAsync(PlatformFactory factory)
    {
        var chromium = Requires.Chromium();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("127.0.0.1", "localhost", StringComparison.Ordinal));

        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new ChromiumSession(playwright, browser, baseAddress);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
    }
}
