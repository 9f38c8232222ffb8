using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MnrPlatform.Core.Access;
using MnrPlatform.TestSupport;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The questionnaire in French, Spanish and Arabic: the plugins' question texts and phase descriptors from
/// their translation catalogs, the page's own words, Arabic right to left, refusals in the page's language.
/// </summary>
public sealed class QuestionnaireLanguageTests(QuestionnaireLanguageTests.Platform platform) : IClassFixture<QuestionnaireLanguageTests.Platform>
{
    private const string LeadershipPhase = "policy.leadership.maturity.phase";

    /// <summary>One demo platform for the class; each test opens a round of its own.</summary>
    public sealed class Platform : DemoPlatformFactory;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("fr", "ltr", "Soumettre au secrétariat", "Brouillon", "Avancement")]
    [InlineData("es", "ltr", "Enviar a la Secretaría", "Borrador", "Avance")]
    [InlineData("ar", "rtl", "تقديم إلى الأمانة", "مسودة", "التقدّم")]
    public async Task The_questionnaire_shows_the_plugins_questions_and_its_own_words_in_the_language_asked_for(
        string culture, string direction, string submit, string draft, string progress)
    {
        var (client, path) = await KenyaInNewRoundAsync(culture);
        var policy = Catalog("MnrPlatform.Domains.Policy", culture);
        var victim = Catalog("MnrPlatform.Domains.Victim", culture);
        var questionnaire = OpenRounds.Questionnaire(platform);
        var question = questionnaire.Question(LeadershipPhase)!;
        var helpline = questionnaire.Domains.SelectMany(d => d.Capabilities).Single(c => c.Capability.Code == "child-helpline").Capability;

        var page = await PageAsync(client, path);

        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(direction, page.DocumentElement.GetAttribute("dir") ?? "ltr");
        var legend = page.QuerySelector($"[data-question='{LeadershipPhase}'] legend")!.TextContent.Trim();
        Assert.Equal(policy[question.Text.English], legend);
        Assert.NotEqual(question.Text.English, legend);
        var phase4 = page.QuerySelector("label[for='a-victim.child-helpline.maturity.phase-4'] .phase-detail")!.TextContent.Trim();
        Assert.Equal(victim[helpline.Phases[4].English], phase4);
        Assert.Equal(submit, page.QuerySelector("[data-testid=submit]")!.TextContent.Trim());
        Assert.Equal(draft, page.QuerySelector("[data-testid=submission-status]")!.TextContent.Trim());
        Assert.Equal(progress, page.QuerySelector("[data-testid=progress] h2")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll($"[data-question='{LeadershipPhase}'] [data-untranslated]"));
    }

    [Fact]
    public async Task A_refused_answer_says_why_in_French_beside_the_field()
    {
        var (client, path) = await KenyaInNewRoundAsync("fr");
        var kenya = new QuestionnaireClient(client, path.Split('/')[2]);

        using var response = await kenya.PostAnswersAsync(QuestionnaireClient.Answer(LeadershipPhase, "7"));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancellation));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("La réponse « 7 » n'est pas une phase (de 1 à 4).", page.QuerySelector($"#error-{Escape(LeadershipPhase)}")!.TextContent.Trim());
        Assert.Equal("Rien n'a été enregistré : corrigez les réponses signalées ci-dessous.", page.QuerySelector("[data-testid=problem]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Sending_an_incomplete_questionnaire_is_refused_in_Spanish_with_the_questions_in_Spanish()
    {
        var (client, path) = await KenyaInNewRoundAsync("es");
        var kenya = new QuestionnaireClient(client, path.Split('/')[2]);
        var policy = Catalog("MnrPlatform.Domains.Policy", "es");
        var first = OpenRounds.Questionnaire(platform).Missing(new Dictionary<string, string> { [LeadershipPhase] = "2" })[0];

        using var response = await kenya.PostAnswersAsync(QuestionnaireClient.Answer(LeadershipPhase, "2"), action: "submit");
        var problem = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancellation))
            .QuerySelector("[data-testid=problem]")!.TextContent.Trim();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("Sus respuestas están guardadas, pero no enviadas: Faltan ", problem, StringComparison.Ordinal);
        Assert.Contains("respuestas obligatorias: ", problem, StringComparison.Ordinal);
        Assert.Contains(policy[first.Text.English], problem, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, string Path)> KenyaInNewRoundAsync(string culture)
    {
        var round = await OpenRounds.AddAsync(platform, $"lang-{Guid.NewGuid():N}"[..16]);
        var client = await platform.SignInAsAsync(Roles.FocalPoint);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return (client, $"/surveys/{round}/KEN/{OpenRounds.Instrument}");
    }

    private static async Task<IDocument> PageAsync(HttpClient client, string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(path, UriKind.Relative), Cancellation));

    // A plugin's translation catalog as it is in the repository: English text → translation.
    private static Dictionary<string, string> Catalog(string plugin, string culture) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Repository.Path("plugins", plugin, "Translations", culture + ".json")))!;

    private static string Escape(string id) => id.Replace(".", "\\.", StringComparison.Ordinal);
}
