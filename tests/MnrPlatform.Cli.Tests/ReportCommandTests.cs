using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Data.Reports;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Cli.Tests;

/// <summary>
/// `mnr report` on the demo rounds: every "N per cent, n of m" in the text is the engine's result for
/// the indicator the line names; a public report shows only what passes suppression; a PDF is printed.
/// </summary>
[Collection(DemoStoreGroup.Name)]
public sealed partial class ReportCommandTests(DemoStore demo)
{
    private const int K = 5;

    [Theory]
    [InlineData(DemoStore.Review, "secretariat")]
    [InlineData(DemoStore.Review, "public")]
    [InlineData(DemoStore.SelfAssessment, "secretariat")]
    [InlineData(DemoStore.SelfAssessment, "public")]
    public async Task Every_figure_in_the_text_is_the_engine_s_result_for_its_indicator(string round, string audience)
    {
        var markdown = await ReportAsync(round, "md", audience);
        var results = await EngineResultsAsync(round);

        var checkedFigures = 0;
        foreach (var (id, line) in FindingLines(markdown))
        {
            var groups = results.Where(r => r.Indicator.Item.Id == id).SelectMany(r => r.Groups ?? []).ToList();
            Assert.NotEmpty(groups);
            foreach (Match share in Share().Matches(line))
            {
                var (percent, n, d) = (share.Groups[1].Value, Int(share.Groups[2]), Int(share.Groups[3]));
                Assert.True(
                    groups.Any(g => g.Value.Numerator == n && g.Value.Denominator == d && g.Value.Display == percent),
                    $"{id}: \"{share.Value}\" is no group of the engine's result ({string.Join("; ", groups.Select(g => $"{g.Code} {g.Value.Display} {g.Value.Numerator}/{g.Value.Denominator}"))})");
                checkedFigures++;
            }
        }

        // The headline finding of each indicator is its all-countries value.
        foreach (var (id, line) in FindingLines(markdown).Where(l => l.Line.StartsWith("- ", StringComparison.Ordinal)))
        {
            if (Share().Match(line) is { Success: true } first)
            {
                var all = results.Single(r => r.Indicator.Item.Id == id && r.Breakdown == Breakdown.All).Groups![0].Value;
                Assert.Equal($"({all.Display} per cent, {all.Numerator} of {all.Denominator})", first.Value);
            }
        }

        Assert.True(checkedFigures >= (audience == "public" ? 15 : 40), $"{checkedFigures} figures checked");
    }

    [Fact]
    public async Task A_plugin_s_finding_template_words_the_finding_and_a_self_assessment_tells_the_phases_in_one_finding()
    {
        var review = await ReportAsync(DemoStore.Review, "md", "secretariat");
        var selfAssessment = await ReportAsync(DemoStore.SelfAssessment, "md", "secretariat");

        Assert.Contains("Almost all countries surveyed (95 per cent, 40 of 42) have a national child helpline.", review, StringComparison.Ordinal);
        Assert.DoesNotContain("answered yes to “Does your country have a national child helpline?”", review, StringComparison.Ordinal);
        Assert.Matches(@"- \*\*Leadership: phase 3 or above\.\*\* [^\n]+\n  By self-assessed phase: phase 1 \(\d+ per cent", selfAssessment);
        Assert.DoesNotContain("**Leadership: phase 2.**", selfAssessment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_domain_without_a_report_section_gets_the_generic_one()
    {
        var plugins = new PluginLoader(NullLogger<PluginLoader>.Instance).LoadAll(DemoStore.DomainPlugins, [])
            .Select(p => p.Content is { Domain.Code: "victim" } victim ? p with { Content = victim with { ReportSection = null } } : p);
        var catalog = new FrameworkCatalog(plugins);
        var engine = new IndicatorEngine(catalog, new PluginCallGuard(NullLogger<PluginCallGuard>.Instance, TimeProvider.System));
        await using var db = demo.Open();
        var results = new IndicatorResultService(engine, new IndicatorResultCache(), new RoundRespondentReader(db, catalog).ReadAsync);

        var report = await new ReviewReportBuilder(db, catalog, engine, results).BuildAsync(DemoStore.Review, ReportAudience.Secretariat, K, TestContext.Current.CancellationToken);
        var markdown = MarkdownReport.Render(report);

        var victim = report.Domains.Single(d => d.Code == "victim");
        Assert.Empty(victim.Introduction);
        Assert.Contains("Almost all countries surveyed (95 per cent, 40 of 42) answered yes to “Does your country have a national child helpline?”.", markdown, StringComparison.Ordinal);
        Assert.NotEmpty(report.Domains.Single(d => d.Code == "policy").Introduction);
        Assert.Contains("(76 per cent, 32 of 42) have national leadership for their response", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoStore.Review)]
    [InlineData(DemoStore.SelfAssessment)]
    public async Task A_public_report_shows_only_counts_that_pass_suppression(string round)
    {
        var markdown = await ReportAsync(round, "md", "public");
        var disclosed = await DisclosedAsync(round);

        foreach (var (id, line) in FindingLines(markdown))
        {
            var groups = disclosed.Single(d => d.Indicator.Item.Id == id).Breakdowns.SelectMany(b => b.Groups).ToList();
            foreach (Match share in Share().Matches(line))
            {
                var (n, d) = (Int(share.Groups[2]), Int(share.Groups[3]));
                Assert.True(n >= K && d - n >= K, $"{id}: {share.Value} shows a count below {K}");
                Assert.Contains(groups, g => g.Value.IsPublished && g.Numerator.Value == n && g.Denominator.Value == d);
            }
        }

        foreach (Match row in TableCounts().Matches(markdown))
        {
            Assert.True(Int(row.Groups[1]) >= K && Int(row.Groups[2]) - Int(row.Groups[1]) >= K, $"table row {row.Value} shows a count below {K}");
        }

        // Every indicator whose all-countries value the rule hides says so, with no number (headlines and phases alike).
        foreach (var (id, line) in FindingLines(markdown).Where(l => !l.Line.StartsWith("By income group", StringComparison.Ordinal)))
        {
            var all = disclosed.Single(d => d.Indicator.Item.Id == id).By(Breakdown.All)!.Groups[0];
            Assert.Equal(all.Value.IsPublished, !line.Contains("withheld", StringComparison.Ordinal));
        }

        Assert.Contains("withheld", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewReport.SecretariatBanner, markdown, StringComparison.Ordinal);
        if (round == DemoStore.Review)
        {
            // The unsuppressed helpline figure (40 of 42: 2 countries without) is in the secretariat's report only.
            Assert.DoesNotContain("40 of 42", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_secretariat_banner_is_in_the_secretariat_html_only_with_the_synthetic_data_label()
    {
        var secretariat = await ReportAsync(DemoStore.Review, "html", "secretariat");
        var open = await ReportAsync(DemoStore.Review, "html", "public");

        Assert.Contains($"<span class=\"banner\">{System.Net.WebUtility.HtmlEncode(ReviewReport.SecretariatBanner)}</span>", secretariat, StringComparison.Ordinal);
        Assert.DoesNotContain("Secretariat report", open, StringComparison.Ordinal);
        Assert.Contains("synthetic demo data", open, StringComparison.Ordinal);
        Assert.Contains("@page", open, StringComparison.Ordinal);
        Assert.Contains("Figure 1.", open, StringComparison.Ordinal);
        Assert.Contains("<svg", open, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", open, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_secretariat_figure_1_of_the_demo_review_is_the_review_s_figure_1()
    {
        var markdown = await ReportAsync(DemoStore.Review, "md", "secretariat");

        Assert.Contains("**Figure 1. Percentage of surveyed countries with the capability in place**", markdown, StringComparison.Ordinal);
        Assert.Contains("| Law enforcement capability | 100 | 42 of 42 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Judiciary and prosecutors | 88 | 36 of 41 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Leadership | 76 | 32 of 42 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Debate, discussion or adoption of universally agreed terminology | 50 | 21 of 42 |", markdown, StringComparison.Ordinal);
        Assert.True(
            markdown.IndexOf("| Law enforcement capability |", StringComparison.Ordinal) < markdown.IndexOf("| Child helpline | 95 |", StringComparison.Ordinal),
            "Figure 1 lists the highest share first");
        Assert.Contains("- Government survey (answered by: Government focal point): 17 countries", markdown, StringComparison.Ordinal);
        Assert.Contains("- UNICEF country-office survey (answered by: UNICEF country office): 25 countries", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_report_of_an_open_round_is_refused()
    {
        using var folder = new TempDirectory();
        var (exit, _, error) = await demo.RunAsync("report", "--round", "2026-self-assessment", "--format", "md", "--audience", "public", "--out", Path.Combine(folder.Path, "r.md"));

        var (unknownExit, _, unknownError) = await demo.RunAsync("report", "--round", "1999-none", "--format", "md", "--audience", "secretariat", "--out", Path.Combine(folder.Path, "r.md"));

        Assert.Equal(2, exit);
        Assert.Contains("is not published", error, StringComparison.Ordinal);
        Assert.Equal(2, unknownExit);
        Assert.Contains("There is no survey round '1999-none'", unknownError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_is_printed_by_chromium()
    {
        var chromium = Requires.Chromium();
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "review.pdf");
        var before = Environment.GetEnvironmentVariable(ChromiumPdf.Variable);
        Environment.SetEnvironmentVariable(ChromiumPdf.Variable, chromium);
        (int Exit, string Output, string Error) run;
        try
        {
            run = await demo.RunAsync("report", "--round", DemoStore.Review, "--format", "pdf", "--audience", "public", "--out", file);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ChromiumPdf.Variable, before);
        }

        var (exit, output, error) = run;

        Assert.True(exit == 0, error + output);
        var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
        Assert.True(bytes.Length > 10_000, $"{bytes.Length} bytes");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task Without_chromium_a_pdf_is_refused_with_what_to_do()
    {
        using var folder = new TempDirectory();
        var before = Environment.GetEnvironmentVariable(ChromiumPdf.Variable);
        Environment.SetEnvironmentVariable(ChromiumPdf.Variable, Path.Combine(folder.Path, "no-chromium"));
        try
        {
            var (exit, _, error) = await demo.RunAsync("report", "--round", DemoStore.Review, "--format", "pdf", "--audience", "public", "--out", Path.Combine(folder.Path, "r.pdf"));

            Assert.Equal(2, exit);
            Assert.Contains("PDF needs Chromium: install the chromium package, or choose --format html", error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder.Path, "r.pdf")));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ChromiumPdf.Variable, before);
        }
    }

    private async Task<string> ReportAsync(string round, string format, string audience)
    {
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "report." + format);
        var (exit, output, error) = await demo.RunAsync("report", "--round", round, "--format", format, "--audience", audience, "--out", file);
        Assert.True(exit == 0, error + output);
        return await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
    }

    private async Task<IReadOnlyList<BreakdownResult>> EngineResultsAsync(string round)
    {
        var (engine, indexed) = await IndexAsync(round);
        return engine.EvaluateRound(indexed, breakdowns: [Breakdown.All, Breakdown.IncomeBand]);
    }

    private async Task<IReadOnlyList<DisclosedIndicator>> DisclosedAsync(string round)
    {
        var (engine, indexed) = await IndexAsync(round);
        return engine.EvaluateRoundFor(DisclosureRule.SmallCells(K), indexed);
    }

    private async Task<(IndicatorEngine Engine, IndexedRound Round)> IndexAsync(string round)
    {
        var catalog = new FrameworkCatalog(new PluginLoader(NullLogger<PluginLoader>.Instance).LoadAll(DemoStore.DomainPlugins, []));
        await using var db = demo.Open();
        var respondents = await new RoundRespondentReader(db, catalog).ReadAsync(round, includeUnvalidated: false, TestContext.Current.CancellationToken);
        return (new IndicatorEngine(catalog, new PluginCallGuard(NullLogger<PluginCallGuard>.Instance, TimeProvider.System)), IndexedRound.Build(respondents));
    }

    // Every figure in a finding's text with the indicator it was written from: the text before each
    // "<!-- indicator: id -->" comment, back to the line's start or the previous comment.
    private static IEnumerable<(string Id, string Line)> FindingLines(string markdown)
    {
        foreach (var line in markdown.Split('\n'))
        {
            var start = 0;
            foreach (Match comment in IndicatorComment().Matches(line))
            {
                yield return (comment.Groups[1].Value, line[start..comment.Index].Trim());
                start = comment.Index + comment.Length;
            }
        }
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\((\d+) per cent, (\d+) of (\d+)\)")]
    private static partial Regex Share();

    [GeneratedRegex(@"<!-- indicator: ([^ ]+) -->")]
    private static partial Regex IndicatorComment();

    [GeneratedRegex(@"\| (\d+) of (\d+) \|")]
    private static partial Regex TableCounts();
}
