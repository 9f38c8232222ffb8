using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using MnrPlatform.Data.Practice.Uses;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// Examples used where they help, on the running host: the domain page shows the consented ones
/// (and drops one at once when consent is withdrawn, though the page is cached), the review report
/// takes chosen ones as boxes (the public report only consented public ones), and the example a
/// country records in a questionnaire is linked to its round.
/// </summary>
public sealed class UsedExamplesWebTests(UsedExamplesWebTests.Platform platform) : IClassFixture<UsedExamplesWebTests.Platform>
{
    private const string Review = "2021-review";

    private static readonly AccessScope Secretariat = Scope(Roles.Analyst);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static AccessScope Scope(string role, string? country = null) =>
        AccessScope.For(new PlatformPrincipal("id-" + role + country, $"{role}{country}@example.org", [role], country));

    private async Task<int> PublishAsync(string country, string title, ExampleVisibility visibility, bool consent = true, string capability = "end-to-end-support")
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var examples = scope.ServiceProvider.GetRequiredService<PracticeExamples>();
        var focalPoint = Scope(Roles.FocalPoint, country);
        var draft = new ExampleDraft(capability, title, "A child-friendly house where police, prosecutors, doctors and therapists meet the child.",
            "Children are interviewed once.", "Staff outside the capital.", "Start with one house.", 3, [], "National child protection agency", null, false, "en");
        var id = await examples.CreateAsync(focalPoint, country, draft, Cancellation);
        await examples.SubmitAsync(focalPoint, id, Cancellation);
        await examples.CurateAsync(Secretariat, id, new ExampleCuration([], visibility, Approve: true), Cancellation);
        if (consent)
        {
            await examples.ConsentAsync(focalPoint, id, 1, visibility, Cancellation);
        }

        return id;
    }

    private async Task WithdrawAsync(string country, int id)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PracticeExamples>().WithdrawConsentAsync(Scope(Roles.FocalPoint, country), id, Cancellation);
    }

    private static async Task<string> PageAsync(HttpClient client, string path) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(path, UriKind.Relative), Cancellation));

    [Fact]
    public async Task The_domain_page_shows_consented_examples_and_drops_one_at_once_when_consent_is_withdrawn()
    {
        var shown = await PublishAsync("MDA", "Barnahus in Chisinau (domain page)", ExampleVisibility.Members);
        await PublishAsync("GEO", "Not consented (domain page)", ExampleVisibility.Members, consent: false);
        var viewer = await platform.SignInAsAsync(Roles.Viewer);

        var before = await PageAsync(viewer, "/domains/victim");
        await WithdrawAsync("MDA", shown);
        await Task.Delay(TimeSpan.FromSeconds(1.2), Cancellation);
        var after = await PageAsync(viewer, "/domains/victim");

        Assert.Contains("data-testid=\"domain-examples\"", before, StringComparison.Ordinal);
        Assert.Contains($"data-example=\"{shown}\"", before, StringComparison.Ordinal);
        Assert.Contains("Barnahus in Chisinau (domain page)", before, StringComparison.Ordinal);
        var source = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(before).QuerySelector($"[data-example='{shown}'] [data-testid=example-source]")!;
        Assert.Equal("Republic of Moldova · helped reach phase 3", System.Text.RegularExpressions.Regex.Replace(source.TextContent, @"\s+", " ").Trim());
        Assert.Equal("Republic of Moldova", source.QuerySelector("[translate=no]")!.TextContent);
        Assert.DoesNotContain("Not consented (domain page)", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Barnahus in Chisinau (domain page)", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_report_holds_a_chosen_public_example_as_a_box_and_refuses_a_members_one()
    {
        var everyone = await PublishAsync("MDA", "One-stop centre in Balti (report)", ExampleVisibility.Public);
        var members = await PublishAsync("MDA", "Members only (report)", ExampleVisibility.Members);
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        using var markdown = await analyst.GetAsync(new Uri($"/rounds/{Review}/report.md?examples={everyone}", UriKind.Relative), Cancellation);
        using var html = await analyst.GetAsync(new Uri($"/rounds/{Review}/report.html?examples={everyone}", UriKind.Relative), Cancellation);
        using var refused = await analyst.GetAsync(new Uri($"/rounds/{Review}/report.md?examples={everyone},{members}", UriKind.Relative), Cancellation);
        using var secretariat = await analyst.GetAsync(new Uri($"/rounds/{Review}/report.md?audience=secretariat&examples={members}", UriKind.Relative), Cancellation);

        var text = await markdown.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        Assert.Contains($"> **Example of practice: One-stop centre in Balti (report)** <!-- example: {everyone} -->", text, StringComparison.Ordinal);
        Assert.Contains("> *Republic of Moldova (shared with the country's consent) · End-to-end support*", text, StringComparison.Ordinal);
        Assert.Contains($"<aside class=\"example-box\" data-example=\"{everyone}\">", await html.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"Example {members} (“Members only (report)”) cannot go into the public report", await refused.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Contains($"<!-- example: {members} -->", await secretariat.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_secretariat_adds_examples_to_a_report_and_a_bad_list_is_named()
    {
        var viewer = await platform.SignInAsAsync(Roles.Viewer);
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        using var forbidden = await viewer.GetAsync(new Uri($"/rounds/{Review}/report.md?examples=1", UriKind.Relative), Cancellation);
        using var bad = await analyst.GetAsync(new Uri($"/rounds/{Review}/report.md?examples=1,two", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.Contains("/account/access-denied", forbidden.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'two' is not an example id", await bad.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_questionnaire_of_a_review_round_asks_for_the_example_and_the_country_records_it_there()
    {
        var key = new SubmissionKey(Review, "MDA", "government-survey");
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var draft = new ExampleDraft("end-to-end-support", "Barnahus (questionnaire)", "A child-friendly house.", null, null, null, 2, [], null, null, false, "en");
            await scope.ServiceProvider.GetRequiredService<QuestionnaireExamples>().SaveAsync(Scope(Roles.FocalPoint, "MDA"), key, "victim.end-to-end-support.review.example", draft, Cancellation);
        }

        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        var page = await PageAsync(analyst, $"/surveys/{Review}/MDA/government-survey");

        Assert.Contains("data-testid=\"example-question\"", page, StringComparison.Ordinal);
        Assert.Contains("Share an example of integrated support", page, StringComparison.Ordinal);
        await using var read = platform.Services.CreateAsyncScope();
        var recorded = await read.ServiceProvider.GetRequiredService<QuestionnaireExamples>().ForSubmissionAsync(Secretariat, key, Cancellation);
        Assert.Equal("Barnahus (questionnaire)", recorded["victim.end-to-end-support.review.example"].Draft.Title);
    }

    [Fact]
    public async Task A_peer_learning_suggestion_shows_the_partners_consented_examples_of_the_capability_only()
    {
        const string Page = "/peer-learning?country=KEN&capability=judiciary-prosecutors";
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        var partner = System.Text.RegularExpressions.Regex.Match(await PageAsync(analyst, Page), "data-testid=\"suggestion\" data-partner=\"([A-Z]{3})\"").Groups[1].Value;
        Assert.Matches("^[A-Z]{3}$", partner);

        var shared = await PublishAsync(partner, "Specialised prosecutors (peer learning)", ExampleVisibility.Members, capability: "judiciary-prosecutors");
        await PublishAsync(partner, "Not consented (peer learning)", ExampleVisibility.Members, consent: false, capability: "judiciary-prosecutors");
        await PublishAsync(partner, "Other capability (peer learning)", ExampleVisibility.Members);
        var html = await PageAsync(analyst, Page);

        Assert.Contains($"data-testid=\"partner-examples\" data-partner=\"{partner}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-example=\"{shared}\"", html, StringComparison.Ordinal);
        Assert.Contains("Specialised prosecutors (peer learning)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Not consented (peer learning)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Other capability (peer learning)", html, StringComparison.Ordinal);
    }

    public sealed class Platform : DemoPlatformFactory;
}
