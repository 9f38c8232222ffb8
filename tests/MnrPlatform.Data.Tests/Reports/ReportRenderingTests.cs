using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Reports;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Data.Tests.Reports;

/// <summary>The renderers on a hand-made report: what each audience's page carries, and text that cannot break out of it.</summary>
public sealed class ReportRenderingTests
{
    [Fact]
    public void The_html_page_is_self_contained_escapes_every_text_and_marks_a_secretariat_report_on_every_page()
    {
        var html = HtmlReport.Render(Report(ReportAudience.Secretariat, "Round \"x\" </style><script>alert(1)</script>"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("@top-center { content: \"Secretariat report", html, StringComparison.Ordinal);
        Assert.Contains("counter(pages)", html, StringComparison.Ordinal);
        Assert.Contains("Figure 1. Snapshot", html, StringComparison.Ordinal);
        Assert.Contains("withheld", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_report_has_no_banner_and_the_markdown_names_each_finding_s_indicator()
    {
        var report = Report(ReportAudience.Public, "Round");

        var html = HtmlReport.Render(report);
        var markdown = MarkdownReport.Render(report);

        Assert.DoesNotContain("Secretariat report", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Secretariat report", markdown, StringComparison.Ordinal);
        Assert.Contains("All countries surveyed (100 per cent, 5 of 5) answered yes. <!-- indicator: d.c.in-place -->", markdown, StringComparison.Ordinal);
        Assert.Contains("> Data: synthetic", markdown, StringComparison.Ordinal);
        Assert.Contains("\nThe plugin's opening paragraph.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("<p>The plugin&#39;s opening paragraph.</p>", html, StringComparison.Ordinal);
        Assert.Contains("  By self-assessed phase: phase 2 (40 per cent, 2 of 5) <!-- indicator: d.c.phase-2 -->; phase 3 withheld <!-- indicator: d.c.phase-3 -->\n", markdown, StringComparison.Ordinal);
        Assert.Contains("<span data-indicator=\"d.c.phase-2\">phase 2 (40 per cent, 2 of 5)</span>", html, StringComparison.Ordinal);
    }

    private static ReviewReport Report(ReportAudience audience, string roundName)
    {
        var shown = new ShownGroup("all", "All countries", 5, 5, 100m, Suppression.None);
        var hidden = new ShownGroup("all", "All countries", null, null, null, Suppression.Primary);
        FigureRow[] rows = [new("d.c.in-place", "Capability", shown), new("d.c.other", "Other", hidden)];
        return new ReviewReport(
            "The Model National Response in " + roundName,
            audience,
            new RoundSummary("r", roundName, 2021, RoundStatus.Published, "synthetic demo data"),
            5,
            new ReportMethod(5, [new InstrumentFact("government-survey", "Government survey", "Government focal point", 5)], "How figures are protected."),
            new ReportFigure(1, "Snapshot", rows, "Note."),
            [new DomainSection("d", "Domain", "What it covers.", ["The plugin's opening paragraph."], [new CapabilitySection("c", "Capability", [new Finding("d.c.in-place", "Capability", "All countries surveyed (100 per cent, 5 of 5) answered yes.", null, [new FindingPart("d.c.phase-2", "phase 2 (40 per cent, 2 of 5)"), new FindingPart("d.c.phase-3", "phase 3 withheld")])])], [new ReportFigure(2, "Domain", rows, "Note.")])],
            [new AnnexRow("d.c.in-place", "Capability", "n / N × 100", "countries that answered", "Government survey", "counts below 5 withheld")]);
    }
}
