using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Store;
using MnrPlatform.Sdk.Translations;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>
/// The localized pages rendered in the pseudo-language hold no English UI text outside data values:
/// a string that skipped the localizer is found by <see cref="UiTextScan"/>, not by eye.
/// </summary>
public sealed class PseudoLocalizedPagesTests(PseudoPlatformFactory platform) : IClassFixture<PseudoPlatformFactory>
{
    /// <summary>Every page visit of <see cref="PseudoPages"/>: a role (null: not signed in) and an address.</summary>
    public static TheoryData<string?, string> Pages => [.. PseudoPages.All.Select(v => (v.Role, v.Address))];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_in_the_pseudo_language_shows_no_text_that_skipped_the_localizer(string? role, string path)
    {
        await PracticeSeed.EnsureAsync(platform);
        var client = role is null ? platform.CreateHttpsClient() : await platform.SignInAsAsync(role);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(PseudoLocalization.Culture);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains(PseudoLocalization.Open, html, StringComparison.Ordinal);
        var leftovers = UiTextScan.Leftovers(html, await DataValuesAsync());
        Assert.True(leftovers.Count == 0, $"{path} as {role ?? "a visitor"}: {leftovers.Count} text(s) did not go through the localizer:\n{string.Join("\n", leftovers)}");
    }

    [Fact]
    public void Every_page_of_the_platform_is_visited()
    {
        var visited = PseudoPages.All.Select(v => v.Route).ToHashSet(StringComparer.Ordinal);

        var missing = PseudoPages.Routes().Where(r => !visited.Contains(r)).ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} page(s) have no visit in a PseudoPages.<Area>.cs list:\n{string.Join("\n", missing)}");
        Assert.Contains("/account/sign-in", PseudoPages.Routes());
    }

    [Fact]
    public void The_scan_finds_an_unmarked_string_and_passes_marked_ones_data_and_numbers()
    {
        const string html = """
            <html><head><title>[!! Overview !!]</title></head><body>
            <h1>[!! Sign in !!]</h1><p>Forgot your password?</p><span>42 · 76 %</span><b>Leadership</b>
            <button aria-label="Close">x</button><span lang="ar">العربية</span>
            </body></html>
            """;

        var leftovers = UiTextScan.Leftovers(html, new HashSet<string>(["Leadership"], StringComparer.Ordinal));

        Assert.Equal(["\"Forgot your password?\" in p", "\"x\" in button", "\"Close\" in aria-label of button"], leftovers);
    }

    // What the pages show that is data, not UI text: names from plugins and the store, e-mail addresses, codes, file formats.
    private async Task<IReadOnlySet<string>> DataValuesAsync()
    {
        using var scope = platform.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<MnrDbContext>();
        var values = new HashSet<string>(StringComparer.Ordinal) { "MnrPlatform", "CSV", "XLSX", "JSON", "HTML", "PDF", "Markdown", "SQLite", "PostgreSQL" };
        // A plugin's text with no pseudo translation falls back to English (LocalizedTextView marks it lang="en").
        values.UnionWith(services.GetRequiredService<FrameworkCatalog>().Domains.SelectMany(d => ContentTexts.All(d.Content)).Select(t => t.English.Trim()));
        values.UnionWith(await db.Countries.Select(c => c.Name).ToListAsync(TestContext.Current.CancellationToken));
        values.UnionWith(await db.SurveyRounds.Select(r => r.Name).ToListAsync(TestContext.Current.CancellationToken));
        values.UnionWith(DemoAccounts.All.Select(a => a.Email));
        values.Add(DemoAccounts.FocalPointCountry);
        values.Add(services.GetRequiredService<StoreConnection>().Describe());
        return values;
    }
}
