using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The review report, Figure 1 and a country's self-assessment in French, Spanish and Arabic (issue 22): the
/// report's own words, the plugins' translated names and finding templates (read here from their Translations/*.json),
/// findings phrased in the language, lang and dir on the page, an Arabic-script font in the Arabic PDF.
/// </summary>
public sealed partial class ReportLanguageTests(ReportDownloadTests.Platform platform) : IClassFixture<ReportDownloadTests.Platform>
{
    private const string Review = "2021-review";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_french_report_has_french_headings_names_and_findings()
    {
        var markdown = await TextAsync(await platform.SignInAsAsync(Roles.Analyst), $"/rounds/{Review}/report.md?audience=secretariat&language=fr");

        Assert.StartsWith("# Le Modèle de réponse nationale : ", markdown, StringComparison.Ordinal);
        Assert.Contains("## Introduction et méthode", markdown, StringComparison.Ordinal);
        Assert.Contains("## Annexe : méthodologie", markdown, StringComparison.Ordinal);
        Assert.Contains("### " + Translation("Policy", "fr", "Leadership"), markdown, StringComparison.Ordinal);
        var helpline = Translation("Victim", "fr", "{countries} {share} have a national child helpline.")
            .Replace("{countries}", "La quasi-totalité des pays interrogés", StringComparison.Ordinal)
            .Replace("{share}", "(95 pour cent, 40 sur 42)", StringComparison.Ordinal);
        Assert.Contains(helpline, markdown, StringComparison.Ordinal);
        AssertFindings(markdown, ["Tous les ", "La quasi-totalité des ", "La plupart des ", "Environ la moitié des ", "Une minorité des ", "Peu de ", "Un petit nombre des ", "Aucun des "]);
    }

    [Fact]
    public async Task The_spanish_report_is_spanish_html()
    {
        var html = await TextAsync(await platform.SignInAsAsync(Roles.Analyst), $"/rounds/{Review}/report.html?audience=secretariat&language=es");

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        // The page encodes Latin-1 letters as character references (&#243;), as WebUtility.HtmlEncode does.
        Assert.Contains("<h2>" + WebUtility.HtmlEncode("Introducción y método") + "</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Indicador</th><th>Porcentaje</th><th>n de N</th>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>" + WebUtility.HtmlEncode(Translation("Policy", "es", "Leadership")) + "</h3>", html, StringComparison.Ordinal);
        Assert.Contains("counter(page) \" de \" counter(pages)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Introduction and method", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Pourcentage des pays interrogés disposant de la capacité", "32 sur 42")]
    [InlineData("es", "Porcentaje de los países encuestados que cuentan con la capacidad", "32 de 42")]
    [InlineData("ar", "النسبة المئوية للبلدان المشمولة بالاستقصاء التي تتوفر لديها القدرة", "32 من 42")]
    public async Task Figure_1_is_in_the_language_with_the_plugins_names(string language, string title, string counts)
    {
        var markdown = await TextAsync(await platform.SignInAsAsync(Roles.Viewer), $"/rounds/{Review}/report.md?language={language}");

        var figure = markdown[markdown.IndexOf("**", StringComparison.Ordinal)..];
        Assert.Contains($"{Caption(language)} 1. {title}**", markdown, StringComparison.Ordinal);
        Assert.Contains($"| {Translation("Policy", language, "Leadership")} | 76 | {counts} |", figure, StringComparison.Ordinal);
        Assert.DoesNotContain(" of 42 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_arabic_report_is_right_to_left_with_arabic_findings_and_an_arabic_font()
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);
        var html = await TextAsync(client, $"/rounds/{Review}/report.html?audience=secretariat&language=ar");
        var markdown = await TextAsync(client, $"/rounds/{Review}/report.md?audience=secretariat&language=ar");

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>مقدمة ومنهجية</h2>", html, StringComparison.Ordinal);
        Assert.Contains("font-family: \"Noto Naskh Arabic\"", html, StringComparison.Ordinal);
        Assert.Contains("<h3>" + Translation("Policy", "ar", "Leadership") + "</h3>", html, StringComparison.Ordinal);
        Assert.Contains(
            Translation("Victim", "ar", "{countries} {share} have a national child helpline.")
                .Replace("{countries}", "جميع البلدان المشمولة بالاستقصاء تقريبًا", StringComparison.Ordinal)
                .Replace("{share}", "(95 في المائة، 40 من 42)", StringComparison.Ordinal),
            markdown,
            StringComparison.Ordinal);
        AssertFindings(markdown, ["جميع ", "معظم ", "نحو نصف ", "أقلية من ", "قلة من ", "لم يُفِد "]);
    }

    [Fact]
    public async Task Without_a_language_the_report_is_in_the_request_s_language()
    {
        var client = await platform.SignInAsAsync(Roles.Viewer);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/rounds/{Review}/report.md", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", "fr-FR,fr;q=0.9");
        using var response = await client.SendAsync(request, Cancellation);
        var markdown = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{Review}-public-report-fr.md", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("## Introduction et méthode", markdown, StringComparison.Ordinal);
        using var unknown = await client.GetAsync(new Uri($"/rounds/{Review}/report.md?language=de", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task The_arabic_pdf_embeds_an_arabic_script_font()
    {
        Requires.Chromium();
        var client = await platform.SignInAsAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/rounds/{Review}/report.pdf?language=ar", UriKind.Relative), Cancellation);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fonts = PdfFont().Matches(Encoding.Latin1.GetString(bytes)).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains(fonts, f => f.StartsWith("NotoNaskhArabic", StringComparison.Ordinal) || f.StartsWith("NotoSansArabic", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reports_page_offers_the_reports_in_another_language_and_reads_right_to_left_in_arabic()
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);

        var french = await TextAsync(client, "/reports?language=fr");
        Assert.Contains($"href=\"rounds/{Review}/report.pdf?audience=public&amp;language=fr\"", french, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"true\" data-language=\"fr\"", french, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/reports", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", "ar");
        using var response = await client.SendAsync(request, Cancellation);
        var arabic = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("dir=\"rtl\"", arabic, StringComparison.Ordinal);
        Assert.Contains("التقارير والتنزيلات", arabic, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"report-in-language\"", arabic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_country_s_self_assessment_is_written_in_spanish()
    {
        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/countries/{DemoAccounts.FocalPointCountry}/self-assessment.html", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", "es");
        using var response = await client.SendAsync(request, Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"es\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"sa-summary\">Resumen</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"sa-plan\">Plan de acción</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">{WebUtility.HtmlEncode(Translation("Policy", "es", "Leadership"))}</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Summary<", html, StringComparison.Ordinal);
    }

    // Every finding line ("- **Name.** text <!-- indicator: id -->") opens with the language's quantifier and holds no English wording.
    private static void AssertFindings(string markdown, string[] openings)
    {
        var findings = Finding().Matches(markdown).Select(m => m.Groups[1].Value).ToList();
        Assert.True(findings.Count >= 20, $"{findings.Count} findings");
        foreach (var finding in findings)
        {
            Assert.True(openings.Any(o => finding.StartsWith(o, StringComparison.Ordinal)), $"\"{finding}\" opens with no quantifier of the language");
            foreach (var english in new[] { "countries", "per cent", "surveyed", " answered", " of the " })
            {
                Assert.DoesNotContain(english, finding, StringComparison.Ordinal);
            }
        }
    }

    private static string Caption(string language) => language switch
    {
        "fr" => "**Figure",
        "es" => "**Figura",
        _ => "**الشكل",
    };

    // A plugin's own translation of an English text (plugins/MnrPlatform.Domains.<plugin>/Translations/<language>.json).
    private static string Translation(string plugin, string language, string english)
    {
        using var file = File.OpenRead(Repository.Path("plugins", $"MnrPlatform.Domains.{plugin}", "Translations", $"{language}.json"));
        var translations = JsonSerializer.Deserialize<Dictionary<string, string>>(file)!;
        return translations[english];
    }

    private static async Task<string> TextAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return text;
    }

    [GeneratedRegex(@"^- \*\*[^\n]+?\.\*\* (.+?) <!-- indicator: ", RegexOptions.Multiline)]
    private static partial Regex Finding();

    [GeneratedRegex(@"/BaseFont\s*/(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)")]
    private static partial Regex PdfFont();
}
