using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// An open circuit loses its data when its user is disabled elsewhere: the revalidating provider
/// (every two seconds here, a minute in production) ends access and the page shows why.
/// </summary>
public sealed class CircuitRevalidationTests : IAsyncLifetime
{
    private const string Email = "second.analyst@example.org";
    private const string Password = "a second analyst's passphrase";

    private readonly DemoPlatformFactory factory = new();
    private ChromiumSession? session;

    private IBrowser browser = null!;
    private Uri baseAddress = null!;

    public async ValueTask InitializeAsync()
    {
        factory.Settings["Accounts:Circuits:RevalidationInterval"] = "00:00:02";
        session = await ChromiumSession.StartAsync(factory);
        (browser, baseAddress) = (session.Browser, session.BaseAddress);
    }

    public async ValueTask DisposeAsync()
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }

        await factory.DisposeAsync();
    }

    private async Task<T> AccountsAsync<T>(Func<AccountService, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AccountService>());
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Disabling_an_analyst_elsewhere_ends_the_dashboard_in_the_open_circuit(int width)
    {
        var system = PlatformPrincipal.System("test");
        var userId = (await AccountsAsync(a => a.CreateAsync(system, new NewAccount(Email, Roles.Analyst, null, Password), TestContext.Current.CancellationToken))).UserId!;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        await page.GotoAsync(new Uri(baseAddress, "account/sign-in").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.FillAsync("[name='Input.Email']", Email);
        await page.FillAsync("[name='Input.Password']", Password);
        await page.ClickAsync("button[type=submit]:has-text('Sign in')");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/secretariat");

        await page.GotoAsync(new Uri(baseAddress, "secretariat").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        // The circuit is live once a click is answered by the server.
        await page.ClickAsync("[data-testid=refresh]");
        await page.Locator("[data-testid=attention]").WaitForAsync();
        Assert.True((await AccountsAsync(a => a.SetDisabledAsync(system, userId, true, TestContext.Current.CancellationToken))).Succeeded);

        await page.Locator("[data-testid=access-ended]").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=attention]")).ToHaveCountAsync(0);
        Assert.Equal(0, await page.Locator("[data-testid=round-progress]").CountAsync());
        var folder = Environment.GetEnvironmentVariable("MNR_TEST_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"access-ended-{width}.png"), FullPage = true });
        }
    }
}
