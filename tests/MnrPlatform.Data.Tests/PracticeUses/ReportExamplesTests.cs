using MnrPlatform.Core.Access;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Reports;
using MnrPlatform.Data.Surveys;
using static MnrPlatform.Data.Tests.PracticeUses.ExampleWorkflow;

namespace MnrPlatform.Data.Tests.PracticeUses;

/// <summary>
/// Examples chosen for a review report: read as the report's readers would see them (the public
/// report only consented public ones), refused with a reason otherwise, and drawn as boxes in their
/// capability's section in HTML and Markdown.
/// </summary>
public sealed class ReportExamplesTests : IAsyncLifetime
{
    private readonly SqliteTestStore store = new();
    private MnrDbContext db = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => db = await ((ITestStore)store).OpenPreparedAsync(Cancellation);

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await store.DisposeAsync();
    }

    private ReportExamples Service() => new(Library(db), DomainPlugins.Catalog);

    private Task<int> PublishedAsync(string title, ExampleVisibility proposed, ExampleVisibility? consent) =>
        ExampleWorkflow.PublishedAsync(db, "MDA", "end-to-end-support", title, proposed, consent, Cancellation);

    [Fact]
    public async Task The_public_report_takes_an_example_consented_to_public_display_and_refuses_one_consented_to_members()
    {
        var everyone = await PublishedAsync("One-stop centre in Balti", ExampleVisibility.Public, ExampleVisibility.Public);
        var members = await PublishedAsync("Barnahus in Chisinau", ExampleVisibility.Members, ExampleVisibility.Members);

        var box = Assert.Single(await Service().ChooseAsync(Analyst, ReportAudience.Public, [everyone], Cancellation));
        var refused = await Assert.ThrowsAsync<ReportExampleException>(() => Service().ChooseAsync(Analyst, ReportAudience.Public, [everyone, members], Cancellation));

        Assert.Equal((everyone, "Republic of Moldova", true, "End-to-end support", "victim"), (box.ExampleId, box.Source, box.Named, box.CapabilityName, box.DomainCode));
        Assert.Equal($"Example {members} (“Barnahus in Chisinau”) cannot go into the public report: it does not exist or its country has not consented to show it publicly.", refused.Message);
    }

    [Fact]
    public async Task The_secretariat_report_takes_examples_published_to_members_but_never_unconsented_ones()
    {
        var members = await PublishedAsync("Barnahus in Chisinau", ExampleVisibility.Members, ExampleVisibility.Members);
        var unconsented = await PublishedAsync("Approved only", ExampleVisibility.Members, consent: null);

        Assert.Single(await Service().ChooseAsync(Analyst, ReportAudience.Secretariat, [members], Cancellation));
        var refused = await Assert.ThrowsAsync<ReportExampleException>(() => Service().ChooseAsync(Analyst, ReportAudience.Secretariat, [unconsented], Cancellation));
        Assert.Contains("is not published to Alliance members", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_picker_offers_the_public_report_only_consented_public_examples_and_the_secretariat_report_members_ones_too()
    {
        var everyone = await PublishedAsync("One-stop centre in Balti", ExampleVisibility.Public, ExampleVisibility.Public);
        var members = await PublishedAsync("Barnahus in Chisinau", ExampleVisibility.Members, ExampleVisibility.Members);
        await PublishedAsync("Approved only", ExampleVisibility.Members, consent: null);

        var forPublic = await Service().CandidatesAsync(Analyst, ReportAudience.Public, Cancellation);
        var forSecretariat = await Service().CandidatesAsync(Analyst, ReportAudience.Secretariat, Cancellation);

        Assert.Equal([everyone], forPublic.Select(s => s.Id));
        Assert.Equal([members, everyone], forSecretariat.Select(s => s.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().CandidatesAsync(FocalPoint("MDA"), ReportAudience.Secretariat, Cancellation));
    }

    [Fact]
    public async Task A_withdrawn_consent_keeps_the_example_out_of_the_next_report()
    {
        var id = await PublishedAsync("One-stop centre in Balti", ExampleVisibility.Public, ExampleVisibility.Public);
        await Examples(db).WithdrawConsentAsync(FocalPoint("MDA"), id, Cancellation);

        await Assert.ThrowsAsync<ReportExampleException>(() => Service().ChooseAsync(Analyst, ReportAudience.Public, [id], Cancellation));
    }

    [Fact]
    public async Task Only_the_secretariat_chooses_examples_and_no_choice_is_no_box()
    {
        var id = await PublishedAsync("One-stop centre in Balti", ExampleVisibility.Public, ExampleVisibility.Public);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().ChooseAsync(Viewer, ReportAudience.Public, [id], Cancellation));
        Assert.Empty(await Service().ChooseAsync(Viewer, ReportAudience.Public, [], Cancellation));
    }

    [Theory]
    [InlineData("12, 15,40", new[] { 12, 15, 40 })]
    [InlineData("", new int[0])]
    public void Ids_are_read_from_a_comma_separated_list(string text, int[] ids)
    {
        Assert.Equal(ids, ReportExamples.ParseIds(text, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void A_list_that_is_not_of_ids_is_refused_naming_the_part()
    {
        Assert.Null(ReportExamples.ParseIds("12,x1", out var error));
        Assert.Equal("'x1' is not an example id (give ids separated by commas, e.g. examples=12,15).", error);
    }

    [Fact]
    public void Html_and_markdown_draw_each_box_after_its_capabilitys_findings_with_every_text_escaped()
    {
        var report = Report() with
        {
            Examples =
            [
                new ReportExampleBox(7, "d", "c", "Capability", "Barnahus <script>alert(1)</script>", "Republic of Moldova", true, "A house\nfor children.", "Fewer interviews.", null, 3),
                new ReportExampleBox(8, "d", "other", "Other capability", "Helpline", "A country in Eastern Europe", false, "Round the clock.", null, "Train staff.", null),
            ],
        };

        var html = HtmlReport.Render(report);
        var markdown = MarkdownReport.Render(report);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        var findings = html.IndexOf("data-indicator=\"d.c.in-place\"", StringComparison.Ordinal);
        var box = html.IndexOf("<aside class=\"example-box\" data-example=\"7\"><h4>Example of practice: Barnahus &lt;script&gt;", StringComparison.Ordinal);
        var figure = html.IndexOf("id=\"figure-2\"", StringComparison.Ordinal);
        Assert.True(findings < box && box < figure, $"box at {box}, findings at {findings}, figure at {figure}");
        Assert.Contains("<p class=\"source\">Republic of Moldova (shared with the country&#39;s consent) · Capability</p>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Phase it helped reach:</strong> 3", html, StringComparison.Ordinal);
        Assert.Contains("data-example=\"8\"", html, StringComparison.Ordinal);
        Assert.Contains("A country in Eastern Europe (anonymised)", html, StringComparison.Ordinal);
        Assert.Contains("aside.example-box {", html, StringComparison.Ordinal);

        Assert.Contains("> **Example of practice: Barnahus &lt;script>alert(1)&lt;/script>** <!-- example: 7 -->\n", markdown, StringComparison.Ordinal);
        Assert.Contains("> **What was done:** A house for children.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("> **Lessons:** Train staff.\n", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("<!-- indicator: d.c.in-place -->", StringComparison.Ordinal) < markdown.IndexOf("<!-- example: 7 -->", StringComparison.Ordinal));
    }

    private static ReviewReport Report()
    {
        var shown = new ShownGroup("all", "All countries", 5, 5, 100m, Suppression.None);
        FigureRow[] rows = [new("d.c.in-place", "Capability", shown)];
        return new ReviewReport(
            "The Model National Response in Round",
            ReportAudience.Public,
            new RoundSummary("r", "Round", 2021, RoundStatus.Published, null),
            5,
            new ReportMethod(5, [new InstrumentFact("government-survey", "Government survey", "Government focal point", 5)], "How figures are protected."),
            new ReportFigure(1, "Snapshot", rows, "Note."),
            [new DomainSection("d", "Domain", "What it covers.", [], [new CapabilitySection("c", "Capability", [new Finding("d.c.in-place", "Capability", "All countries surveyed answered yes.", null, [])])], [new ReportFigure(2, "Domain", rows, "Note.")])],
            [new AnnexRow("d.c.in-place", "Capability", "n / N × 100", "countries that answered", "Government survey", "counts below 5 withheld")]);
    }
}
