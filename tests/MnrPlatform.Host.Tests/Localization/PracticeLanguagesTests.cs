using System.Globalization;
using System.Resources;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Localization;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Practice;
using MnrPlatform.Data.Resources;
using MnrPlatform.Host.Resources;
using MnrPlatform.Sdk.Translations;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>
/// The good-practice library in French, Spanish and Arabic: its own words from PracticeText, the plugins'
/// capability names from their translations, the examples' text as the country wrote it, and the
/// services' refusals in the language of the request.
/// </summary>
public sealed class PracticeLanguagesTests(PracticeLanguagesTests.Platform platform) : IClassFixture<PracticeLanguagesTests.Platform>
{
    private static readonly ResourceManager Words = new(typeof(PracticeText).FullName!, typeof(PracticeText).Assembly);

    /// <summary>The demo platform with the two examples of <see cref="PracticeSeed"/>.</summary>
    public sealed class Platform : DemoPlatformFactory;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ar")]
    public async Task The_library_shows_its_words_and_the_capability_names_in_the_page_language(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var page = await OpenAsync("/practice", language);

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(language == "ar" ? "rtl" : "ltr", page.DocumentElement.GetAttribute("dir") ?? "ltr");
        Assert.Equal(Word("Area.Name", culture), page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(Word("Filters.AnyCapability", culture), Options(page, "capability"));
        Assert.Contains(Word("Phase.3", culture), Options(page, "phase"));
        Assert.Contains(Word("Income.LowerMiddle", culture), Options(page, "income"));
        Assert.DoesNotContain("Any capability", page.Body!.TextContent, StringComparison.Ordinal);

        // The capability names come from the plugins' translations, not from the host's words.
        var catalog = platform.Services.GetRequiredService<FrameworkCatalog>();
        var helpline = catalog.Capability("child-helpline")!.Item.Name.Resolve(culture);
        Assert.False(helpline.IsFallback, $"The child-helpline capability has no {language} translation.");
        Assert.NotEqual(catalog.Capability("child-helpline")!.Item.Name.English, helpline.Text);
        Assert.Contains(helpline.Text, Options(page, "capability"));
        var card = page.QuerySelector($"[data-example='{PracticeSeed.Published}']")!;
        Assert.Equal(helpline.Text, card.QuerySelector("[data-testid=capability]")!.TextContent.Trim());

        // The example's title is the country's own text, shown as written and marked not to translate.
        var title = card.QuerySelector("[data-testid=example-link]")!;
        Assert.Equal("A free national child helpline", title.TextContent.Trim());
        Assert.Equal("no", title.GetAttribute("translate"));
    }

    [Fact]
    public async Task An_example_in_arabic_reads_right_to_left_with_arabic_headings_around_the_countrys_text()
    {
        var arabic = CultureInfo.GetCultureInfo("ar");
        var page = await OpenAsync($"/practice/{PracticeSeed.Published}", "ar");

        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var headings = page.QuerySelectorAll("[data-testid=example-text] h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal([Word("Text.WhatWasDone", arabic), Word("Text.Results", arabic), Word("Text.Challenges", arabic), Word("Text.Lessons", arabic), Word("Text.Links", arabic), Word("Text.Contact", arabic)], headings);
        var written = page.QuerySelector("[data-testid=what-was-done]")!;
        Assert.Equal("What the country did, in its own words.", written.TextContent.Trim());
        Assert.Equal("en", written.GetAttribute("lang"));
        Assert.Equal(Word("Nav.Library", arabic), page.QuerySelector(".page-header-actions a")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_country_reads_its_worklist_in_spanish_with_statuses_and_dates_in_spanish()
    {
        var spanish = CultureInfo.GetCultureInfo("es");
        var page = await OpenAsync("/practice/worklist", "es", Core.Access.Roles.FocalPoint);

        var draft = page.QuerySelector($"tr[data-example='{PracticeSeed.Draft}'] [data-testid=example-progress]")!;
        Assert.Equal(Word("Status.Draft", spanish), draft.TextContent.Trim());
        var consent = page.QuerySelector($"tr[data-example='{PracticeSeed.Published}'] [data-testid=progress-consent]")!.TextContent;
        Assert.StartsWith(Word("Progress.Consented", spanish).Split('{')[0], consent.Trim(), StringComparison.Ordinal);
        Assert.Contains(Word("Audience.Public", spanish), consent, StringComparison.Ordinal);
        var month = DateTime.UtcNow.ToString("MMM", spanish);
        Assert.Contains(month, consent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_an_example_without_a_title_is_refused_in_french_when_the_request_is_in_french()
    {
        await PracticeSeed.EnsureAsync(platform);
        var french = CultureInfo.GetCultureInfo("fr");
        var refusals = new ResourceText(typeof(PracticeMessages));
        var expected = refusals.Get("Refusal.TitleRequired", french);
        Assert.NotEqual(refusals.Get("Refusal.TitleRequired", CultureInfo.InvariantCulture), expected);

        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = french;
        try
        {
            await using var scope = platform.Services.CreateAsyncScope();
            var examples = scope.ServiceProvider.GetRequiredService<PracticeExamples>();
            var analyst = await PracticeSeed.ScopeOfAsync(platform, Core.Access.Roles.Analyst);
            var draft = new ExampleDraft("child-helpline", "  ", "Ce qui a été fait.", null, null, null, null, [], null, null, false, "fr");

            var refused = await Assert.ThrowsAsync<PracticeException>(() => examples.CreateAsync(analyst, DemoAccounts.FocalPointCountry, draft, Cancellation));

            Assert.Equal(expected, refused.Message);
            Assert.StartsWith("Titre :", refused.Message, StringComparison.Ordinal);
            Assert.Equal(nameof(ExampleDraft.Title), refused.Field);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task A_hand_edited_search_is_refused_in_the_page_language()
    {
        var spanish = CultureInfo.GetCultureInfo("es");
        var page = await OpenAsync("/practice?income=XX", "es");

        var refusal = page.QuerySelector("[data-testid=search-refused]")!.TextContent.Trim();
        Assert.Equal(new ResourceText(typeof(PracticeMessages)).Format("Refusal.IncomeGroup", spanish, "XX"), refusal);
    }

    private async Task<IDocument> OpenAsync(string path, string language, string? role = null)
    {
        await PracticeSeed.EnsureAsync(platform);
        var client = role is null ? platform.CreateHttpsClient() : await platform.SignInAsAsync(role);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request, Cancellation);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancellation));
    }

    private static string Word(string key, CultureInfo culture)
    {
        var word = Words.GetString(key, culture) ?? throw new KeyNotFoundException(key);
        Assert.NotEqual(Words.GetString(key, CultureInfo.InvariantCulture), word);
        return word;
    }

    private static List<string> Options(IDocument page, string select) =>
        [.. page.QuerySelectorAll($"select#{select} option").Select(o => o.TextContent.Trim())];
}
