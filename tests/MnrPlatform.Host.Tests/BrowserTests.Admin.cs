using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

/// <summary>Administration and the secretariat dashboard in the browser (live circuits).</summary>
public sealed partial class BrowserTests
{
    /// <summary>Creates an account through AccountService (the demo accounts stay as they are for the other journeys).</summary>
    private async Task<string> CreateAccountAsync(string email, string role, string? country = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(
            PlatformPrincipal.System("test"), new NewAccount(email, role, country, "a long test passphrase"), TestContext.Current.CancellationToken);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        return created.UserId!;
    }

    private async Task OpenAsAdministratorAsync(IPage page, string path)
    {
        await SignInAsDemoAsync(page, Roles.Administrator);
        await page.GotoAsync(new Uri(baseAddress, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
    }

    private static ILocator UserRows(IPage page) => page.Locator("[data-testid=users] tbody tr");

    private static async Task<List<string>> ShownEmailsAsync(IPage page) =>
        [.. (await page.Locator("[data-testid=users] [data-testid=email]").AllTextContentsAsync()).Select(e => e.Trim())];

    [Fact]
    public async Task An_administrator_adds_a_focal_point_in_the_browser()
    {
        var (page, problems, _) = await OpenPageAsync();
        await OpenAsAdministratorAsync(page, "admin");
        await UserRows(page).First.WaitForAsync();

        await page.ClickAsync("[data-testid=open-add-user]");
        await page.FillAsync("#new-email", "new.focal@example.org");
        await page.FillAsync("#new-password", "a long first passphrase");
        await page.ClickAsync(".mud-dialog [data-role=FocalPoint]");
        await page.FillAsync("#new-country", "gha");
        await ScreenshotAsync(page, "admin-add-dialog", fullPage: false);
        await page.ClickAsync("[data-testid=add-user]");
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("added=", StringComparison.Ordinal));
        await page.Locator("[data-testid=user-added]").WaitForAsync();
        var row = UserRows(page).Filter(new LocatorFilterOptions { HasText = "new.focal@example.org" });
        await row.WaitForAsync();
        await ScreenshotAsync(page, "admin-added");

        Assert.Contains("new.focal@example.org", await page.Locator("[data-testid=user-added]").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("Focal point · GHA", await row.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Empty(Seen(problems));
    }

    [Fact]
    public async Task An_administrator_searches_sorts_and_disables_a_user_after_confirming()
    {
        var userId = await CreateAccountAsync("grid.target@example.org", Roles.Viewer);
        var (page, problems, _) = await OpenPageAsync();
        await OpenAsAdministratorAsync(page, "admin");
        await UserRows(page).First.WaitForAsync();

        await page.Locator("[data-testid=users] thead th").GetByText("Role", new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await Assertions.Expect(UserRows(page).First).ToContainTextAsync("Administrator");
        await page.Locator("[data-testid=users] thead th").GetByText("Role", new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await Assertions.Expect(UserRows(page).First).ToContainTextAsync("Viewer");

        await page.FillAsync("#user-search", "grid.target");
        await Assertions.Expect(UserRows(page)).ToHaveCountAsync(1);
        await UserRows(page).First.Locator("[data-testid=toggle-status]").ClickAsync();
        await page.Locator("[data-testid=confirm]").WaitForAsync();
        await ScreenshotAsync(page, "admin-confirm-disable", fullPage: false);
        await page.ClickAsync("[data-testid=confirm]");
        await Assertions.Expect(UserRows(page).First.Locator("[data-testid=status]")).ToHaveTextAsync("Disabled");

        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().FindAsync(userId))!.IsDisabled);
        Assert.Empty(Seen(problems));
    }

    [Fact]
    public async Task On_a_phone_the_users_are_cards_sorted_from_a_list()
    {
        var (page, problems, _) = await OpenPageAsync(width: 390);
        await OpenAsAdministratorAsync(page, "admin");
        await UserRows(page).First.WaitForAsync();
        var ascending = await ShownEmailsAsync(page);

        await page.ClickAsync("[data-testid=mobile-sort]");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "Address Z–A" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=users] [data-testid=email]").First).ToHaveTextAsync(ascending[^1]);
        await ScreenshotAsync(page, "admin-users-390");

        Assert.True(await page.Locator("[data-testid=users] thead").IsHiddenAsync());
        Assert.Equal(Enumerable.Reverse(ascending), await ShownEmailsAsync(page));
        Assert.Empty(Seen(problems));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_audit_log_filters_newest_first_on_server_data(int width)
    {
        var (page, problems, _) = await OpenPageAsync(width);
        await OpenAsAdministratorAsync(page, "admin/audit");
        var rows = page.Locator("[data-testid=audit] tbody tr");
        await rows.First.WaitForAsync();

        await page.FillAsync("#audit-text", "system:startup");
        await Assertions.Expect(rows.First).ToContainTextAsync("user.created");
        await ScreenshotAsync(page, $"admin-audit-{width}");

        var texts = await rows.AllTextContentsAsync();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.Contains("system:startup", t, StringComparison.Ordinal));
        Assert.Empty(Seen(problems));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_secretariat_dashboard_links_each_count_to_where_it_is_handled(int width)
    {
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.Analyst);
        await page.GotoAsync(new Uri(baseAddress, "secretariat").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator("[data-testid=round-progress]").First.WaitForAsync();
        await page.ClickAsync("[data-testid=refresh]");
        await ScreenshotAsync(page, $"secretariat-dashboard-{width}");

        Assert.Equal(4, await page.Locator("[data-testid=attention] [data-count]").CountAsync());
        var queried = page.Locator("[data-testid=round-progress] a[data-status=queried]").First;
        var target = await queried.GetAttributeAsync("href");
        await ClickAndLoadAsync(page, "[data-testid=round-progress] a[data-status=queried] >> nth=0", url => url.Query.Contains("status=queried", StringComparison.Ordinal));

        Assert.EndsWith(target!, page.Url, StringComparison.Ordinal);
        Assert.Empty(Seen(problems));
    }
}
