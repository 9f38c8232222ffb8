using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Sdk.Translations;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>Peer learning and exchange requests in French, Spanish, Arabic and the pseudo-language, with a stored run.</summary>
public sealed class PeerLearningLanguageTests(PseudoPlatformFactory platform) : IClassFixture<PseudoPlatformFactory>
{
    private const string Round = "2023-self-assessment";
    private const string WithSuggestions = "/peer-learning?country=KEN&capability=judiciary-prosecutors";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("fr", "Apprentissage entre pairs", "Carte des groupes", "Dimension 1 de la carte", "Exemplaire (le plus proche du centre du groupe)", "ltr")]
    [InlineData("es", "Aprendizaje entre pares", "Mapa de los grupos", "Dimensión 1 del mapa", "Ejemplar (el más cercano al centro del grupo)", "ltr")]
    [InlineData("ar", "التعلم من الأقران", "خريطة المجموعات", "البُعد 1 للخريطة", "النموذج (الأقرب إلى مركز المجموعة)", "rtl")]
    public async Task The_peer_learning_page_shows_its_words_and_its_figures_in_the_language_asked(
        string language, string title, string mapTitle, string axisTitle, string legendEntry, string direction)
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        await PeerLearningRuns.RunAsync(platform, Round);

        var document = await PageAsync(analyst, WithSuggestions, language);

        Assert.Equal(direction, document.DocumentElement.GetAttribute("dir"));
        var text = document.Body!.TextContent;
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(mapTitle, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cluster map", text, StringComparison.Ordinal);
        var map = FigureStrings(document, "cluster-map");
        Assert.Contains(axisTitle, map);
        Assert.Contains(legendEntry, map);
        Assert.DoesNotContain("Map dimension 1", map);
        Assert.Contains(FigureStrings(document, "peer-heatmap"), s => s.Contains(language == "ar" ? "المرحلة" : language == "es" ? "fase" : "phase", StringComparison.Ordinal));
        Assert.Contains(FigureStrings(document, "peer-radar"), s => s.Contains(language == "ar" ? "المرحلة" : language == "es" ? "fase" : "phase", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_stored_run_and_suggestions_the_pseudo_language_page_shows_no_text_that_skipped_the_localizer()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        await PeerLearningRuns.RunAsync(platform, Round);
        await PeerLearningRuns.RunAsync(platform, Round);

        var html = await HtmlAsync(analyst, WithSuggestions, PseudoLocalization.Culture);

        Assert.Contains("data-testid=\"cluster-card\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"compare\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"suggestion\"", html, StringComparison.Ordinal);
        var leftovers = UiTextScan.Leftovers(html, await DataValuesAsync());
        Assert.True(leftovers.Count == 0, $"{leftovers.Count} text(s) did not go through the localizer:\n{string.Join("\n", leftovers)}");
    }

    [Fact]
    public async Task Each_exchange_step_says_what_it_did_in_Spanish()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        var kenya = await platform.SignInAsAsync(Roles.FocalPoint);

        var back = await PostAsync(analyst, "/peer-learning", "/peer-learning/exchanges", new()
        {
            ["round"] = Round, ["capability"] = "child-helpline", ["learner"] = "KEN", ["host"] = "GHA", ["explanation"] = "similar",
        });
        var board = await PageAsync(analyst, back, "es");
        Assert.Equal("Intercambio registrado como sugerencia. Todavía no se ha informado a ningún país.", board.QuerySelector("[data-testid=done]")?.TextContent.Trim());
        var rows = board.QuerySelectorAll("[data-testid=exchange-row]");
        var row = rows[rows.Length - 1];
        Assert.Equal("Sugerido", row.QuerySelector("[data-testid=board-status]")?.TextContent.Trim());
        var id = row.GetAttribute("data-exchange")!;

        await PostAsync(analyst, "/peer-learning", $"/peer-learning/exchanges/{id}/request-consent", []);
        back = await PostAsync(kenya, "/exchanges", $"/exchanges/{id}/answer", new() { ["decision"] = "accept", ["sharedScope"] = "Nuestro protocolo" });

        var requests = await PageAsync(kenya, back, "es");
        Assert.Equal("Se ha registrado la aceptación de su país.", requests.QuerySelector("[data-testid=done]")?.TextContent.Trim());
        var request = requests.QuerySelectorAll("[data-testid=exchange-request]").Single(e => e.GetAttribute("data-exchange") == id);
        Assert.Equal("Aceptado", request.QuerySelector("[data-testid=own-consent]")?.TextContent.Trim());
        Assert.Equal("No se muestra hasta que ambos países acepten", request.QuerySelector("[data-testid=other-country]")?.TextContent.Trim());

        var refused = await PageAsync(kenya, "/exchanges?error=not-allowed", "es");
        Assert.Equal("No está autorizado a dar este paso.", refused.QuerySelector("[data-testid=error]")?.TextContent.Trim());
    }

    private static Task<string> HtmlAsync(HttpClient client, string path, string language) => client.GetInAsync(path, language);

    private static async Task<IDocument> PageAsync(HttpClient client, string path, string language) =>
        new HtmlParser().ParseDocument(await HtmlAsync(client, path, language));

    // Every string in a figure's plotly JSON (titles, trace names, hover templates).
    private static List<string> FigureStrings(IDocument document, string chart)
    {
        var json = document.QuerySelector($"mnr-plot[data-chart-name={chart}]")?.GetAttribute("data-plotly");
        Assert.False(string.IsNullOrEmpty(json), $"no {chart} figure");
        var found = new List<string>();
        Walk(JsonDocument.Parse(json).RootElement);
        return found;

        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    found.Add(element.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value);
                    }

                    break;
            }
        }
    }

    private static async Task<string> PostAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await PlatformFactory.TokenAsync(client, page);
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri(action, UriKind.Relative), content, Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Contains("done=", location, StringComparison.Ordinal);
        return location;
    }

    // The data the page shows as it is: plugin texts (English fallback), country and round names, demo e-mails.
    private async Task<IReadOnlySet<string>> DataValuesAsync()
    {
        using var scope = platform.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<MnrDbContext>();
        var values = new HashSet<string>(StringComparer.Ordinal);
        values.UnionWith(services.GetRequiredService<FrameworkCatalog>().Domains.SelectMany(d => ContentTexts.All(d.Content)).Select(t => t.English.Trim()));
        values.UnionWith(await db.Countries.Select(c => c.Name).ToListAsync(Cancellation));
        values.UnionWith(await db.SurveyRounds.Select(r => r.Name).ToListAsync(Cancellation));
        values.UnionWith(DemoAccounts.All.Select(a => a.Email));
        values.Add("MnrPlatform");
        return values;
    }
}
