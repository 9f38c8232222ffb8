using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Host.Components.Layout;

namespace MnrPlatform.Host.Tests;

public sealed class HostTests(HostTests.Fixture fixture) : IClassFixture<HostTests.Fixture>
{
    public sealed class Fixture : DemoPlatformFactory
    {
        private HttpClient? administrator;

        public async Task<HttpClient> AdministratorAsync() =>
            administrator ??= await SignInAsync(DemoAccounts.All[0].Email, DemoAccounts.Password);
    }

    private readonly HttpClient client = fixture.CreateHttpsClient();

    [Fact]
    public async Task Home_page_is_the_dashboard_shell_with_every_area_in_the_navigation_for_an_administrator()
    {
        var admin = await fixture.AdministratorAsync();
        var response = await admin.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Overview · MnrPlatform</title>", html, StringComparison.Ordinal);
        string[] areas = ["Overview", "Secretariat", "Domains", "Countries", "World map", "Indicators", "Good practice", "Peer learning", "Surveys", "Reports", "Plugins", "Administration"];
        Assert.Equal(areas, NavigationArea.All.Select(a => a.Title).Where(t => t != "Exchange requests"));
        Assert.All(areas, area => Assert.Contains($"class=\"mud-nav-link-text\">{area}</div>", html, StringComparison.Ordinal));
        // A country's own exchange requests are not the secretariat's page.
        Assert.DoesNotContain("class=\"mud-nav-link-text\">Exchange requests</div>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"admin\"", html, StringComparison.Ordinal);
        Assert.Contains("lib/plotly/plotly.min.js", html, StringComparison.Ordinal);
        Assert.Contains("_content/MudBlazor/MudBlazor.min.css", html, StringComparison.Ordinal);
        Assert.DoesNotContain("htmx", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tabler", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Visitors_see_neither_the_administration_area_nor_the_store_status()
    {
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("class=\"mud-nav-link-text\">Administration</div>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"mud-nav-link-text\">Overview</div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("store-state", html, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.DataPath, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"your-access\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sign-in-link\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_shows_the_live_store_status_to_an_administrator()
    {
        var admin = await fixture.AdministratorAsync();
        var html = await admin.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Matches("data-testid=\"store-state\"[^>]*>(<[^>]+>)*Ready<", html);
        Assert.Contains(Path.Combine(fixture.DataPath, "mnr.db"), html, StringComparison.Ordinal);
        // Every migration the store knows is applied, and the card names the newest.
        await using var scope = fixture.Services.CreateAsyncScope();
        var migrations = scope.ServiceProvider.GetRequiredService<MnrDbContext>().Database.GetMigrations().ToList();
        Assert.True(migrations.Count >= 5, string.Join(", ", migrations));
        Assert.Contains($"{migrations.Count} migrations applied, latest {migrations[^1]}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_status_is_shown_as_of_the_page_and_its_htmx_fragment_is_gone()
    {
        var admin = await fixture.AdministratorAsync();
        var html = await admin.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        using var fragment = await admin.GetAsync(new Uri("/fragments/store-status", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Matches("data-testid=\"store-checked\"[^>]*>As of \\d{2}:\\d{2}:\\d{2} UTC<", html);
        Assert.Contains("SQLite", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, fragment.StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/healthz/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Unknown_address_gets_the_not_found_page_with_status_404()
    {
        var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("class=\"mud-navmenu", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lib/plotly/plotly.min.js", "text/javascript")]
    [InlineData("/lib/topojson/world_50m.json", "application/json")]
    [InlineData("/js/charts.js", "text/javascript")]
    public async Task Front_end_libraries_are_served_by_the_host(string path, string contentType)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 1000 || path.EndsWith("charts.js", StringComparison.Ordinal));
    }

    [Fact]
    public void Starting_the_host_migrated_its_sqlite_file()
    {
        Assert.True(File.Exists(Path.Combine(fixture.DataPath, "mnr.db")));
    }
}
