using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>
/// The survey pages in Spanish and Arabic show SurveyText's words (Arabic right to left); a waiting import
/// preview holds no text that skipped the localizer; a template downloaded from a French or Arabic page is
/// written in that language.
/// </summary>
public sealed class SurveyLanguageTests(PseudoPlatformFactory platform) : IClassFixture<PseudoPlatformFactory>
{
    private const string OpenRound = "2026-self-assessment";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("es", "Nueva ronda", "Cada ronda de encuesta plantea a los países", "ltr")]
    [InlineData("ar", "جولة جديدة", "تطرح كل جولة استقصاء على البلدان", "rtl")]
    public async Task The_surveys_page_shows_its_words_in_the_requests_language(string language, string button, string intro, string direction)
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var html = await GetAsync(analyst, "/surveys", language);

        Assert.Contains($"dir=\"{direction}\"", html, StringComparison.Ordinal);
        Assert.Contains(button, html, StringComparison.Ordinal);
        Assert.Contains(intro, html, StringComparison.Ordinal);
        Assert.DoesNotContain("New round", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rounds_page_in_french_shows_its_statuses_and_columns_in_french()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var html = await GetAsync(analyst, $"/surveys/{OpenRound}", "fr");

        Assert.Contains("Tous les cycles", html, StringComparison.Ordinal);
        Assert.Contains("Tous les groupes de revenu", html, StringComparison.Ordinal);
        Assert.Contains("Importation et exportation", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">All rounds<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_waiting_import_preview_in_the_pseudo_language_shows_no_text_that_skipped_the_localizer()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        var csv = await analyst.GetStringAsync(new Uri($"/surveys/{OpenRound}/export?format=csv", UriKind.Relative), Cancellation);
        var token = await PlatformFactory.TokenAsync(analyst, $"/surveys/{OpenRound}/transfer");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "as-exported.csv" },
        };
        using var upload = await analyst.PostAsync(new Uri($"/surveys/{OpenRound}/import", UriKind.Relative), form, Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        var html = await GetAsync(analyst, upload.Headers.Location!.ToString(), PseudoLocalization.Culture);

        Assert.Contains("data-testid=\"totals\"", html, StringComparison.Ordinal);
        Assert.Contains(PseudoLocalization.Mark("Apply the import"), html, StringComparison.Ordinal);
        var leftovers = UiTextScan.Leftovers(html, await CountryNamesAsync());
        Assert.True(leftovers.Count == 0, $"{leftovers.Count} text(s) did not go through the localizer:\n{string.Join("\n", leftovers)}");
    }

    [Theory]
    [InlineData("fr", "instructions", "valeur")]
    [InlineData("ar", "التعليمات", "القيمة")]
    public async Task A_template_downloaded_from_a_page_in_french_or_arabic_is_written_in_that_language(string language, string instructions, string valueHeader)
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/surveys/{OpenRound}/export?format=template&country=KEN&instrument=maturity-self-assessment", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await analyst.SendAsync(request, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var book = new XlsxSheets(await response.Content.ReadAsByteArrayAsync(Cancellation));

        Assert.Equal(instructions, book.Names[0]);
        Assert.Contains(book.Rows(book.Names[1]), r => r.Contains(valueHeader));
        Assert.Contains(book.Rows(book.Names[1]), r => r.Length > 1 && r[1] == "KEN");
    }

    private static Task<string> GetAsync(HttpClient client, string path, string language) => client.GetInAsync(path, language);

    private async Task<IReadOnlySet<string>> CountryNamesAsync()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        var values = new HashSet<string>(StringComparer.Ordinal) { "MnrPlatform", "CSV", "XLSX", "JSON" };
        values.UnionWith(await db.Countries.Select(c => c.Name).ToListAsync(Cancellation));
        values.UnionWith(await db.SurveyRounds.Select(r => r.Name).ToListAsync(Cancellation));
        values.UnionWith(MnrPlatform.Data.Accounts.DemoAccounts.All.Select(a => a.Email));
        return values;
    }
}
