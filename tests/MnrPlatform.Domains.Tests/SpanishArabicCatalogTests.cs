using System.Globalization;
using System.Text.RegularExpressions;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Testing;
using MnrPlatform.Sdk.Translations;

namespace MnrPlatform.Domains.Tests;

/// <summary>
/// The six plugins' Spanish and Arabic catalogs: complete, current, placeholders intact, and
/// following docs/glossary/es.md and ar.md for the terms the glossaries fix.
/// </summary>
public sealed partial class SpanishArabicCatalogTests
{
    public static TheoryData<string, string> ProjectsAndCultures =>
        [.. Plugins.ByProject.Keys.SelectMany(p => new[] { (p, "es"), (p, "ar") })];

    public static TheoryData<string> Projects => Plugins.Projects;

    [Theory]
    [MemberData(nameof(ProjectsAndCultures))]
    public void Every_text_of_the_plugin_is_translated(string project, string culture)
    {
        var coverage = TranslationCoverage.Of(Plugins.ContentOf(project), culture);

        Assert.True(coverage.IsComplete, $"{project} {coverage}; missing: {string.Join(" | ", coverage.Missing)}");
        Assert.Equal(100, coverage.Percent);
        Assert.True(coverage.Total > 100, $"{project} has only {coverage.Total} texts; the catalog cannot cover the plugin's content.");
    }

    [Theory]
    [InlineData("es-MX", "Víctimas", "Línea de ayuda para niños, niñas y adolescentes", "Línea de ayuda para niños, niñas y adolescentes: fase 2",
        "{countries} {share} tienen una línea de ayuda nacional para niños, niñas y adolescentes.")]
    [InlineData("ar-EG", "الضحايا", "خط مساعدة الأطفال", "خط مساعدة الأطفال: المرحلة 2", "{countries} {share} لديها خط وطني لمساعدة الأطفال.")]
    public void Victim_content_reads_in_the_language_of_a_regional_culture(string culture, string domain, string helpline, string phase2, string finding)
    {
        var victim = Plugins.ContentOf("MnrPlatform.Domains.Victim");
        var info = CultureInfo.GetCultureInfo(culture);

        Assert.Equal(domain, victim.Domain.Name.For(info));
        Assert.Equal(helpline, victim.Capabilities.Single(c => c.Code == "child-helpline").Name.For(info));
        Assert.Equal(phase2, victim.Indicators.Single(i => i.Id == "victim.child-helpline.phase-2").Name.For(info));
        Assert.Equal(finding, victim.ReportSection!.Findings.Single(f => f.IndicatorId == "victim.child-helpline.in-place").Text.For(info));
        Assert.False(victim.Domain.Description.Resolve(info).IsFallback);
    }

    [Theory]
    [MemberData(nameof(ProjectsAndCultures))]
    public void The_catalog_holds_exactly_the_plugins_english_texts_with_no_blank_entry(string project, string culture)
    {
        var catalog = CatalogOf(project, culture);
        var keys = ContentTexts.EnglishKeys(Plugins.ContentOf(project));

        var stale = catalog.Entries.Keys.Except(keys, StringComparer.Ordinal).ToList();
        var blank = catalog.Entries.Where(e => e.Value.Trim().Length == 0).Select(e => e.Key).ToList();
        Assert.True(stale.Count == 0, $"{catalog.Source} has keys the plugin no longer has: {string.Join(" | ", stale)}");
        Assert.True(blank.Count == 0, $"{catalog.Source} has blank entries: {string.Join(" | ", blank)}");
        Assert.Equal(keys.Count, catalog.Entries.Count);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Translations_keep_every_placeholder_and_name_known_cultures(string project) =>
        Assert.Empty(TranslationConformance.Problems(Plugins.ContentOf(project)));

    [Theory]
    [MemberData(nameof(ProjectsAndCultures))]
    public void Finding_templates_open_with_the_subject_the_host_fills_and_end_a_sentence(string project, string culture)
    {
        // The glossaries tell the host to fill {countries} with a plural subject that opens the sentence.
        var section = Assert.IsType<ReportSectionInfo>(Plugins.ContentOf(project).ReportSection);
        var info = CultureInfo.GetCultureInfo(culture);

        Assert.All(section.Findings, f =>
        {
            var text = f.Text.For(info);
            Assert.NotEqual(f.Text.English, text);
            Assert.StartsWith("{countries} {share} ", text, StringComparison.Ordinal);
            Assert.EndsWith(".", text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(ProjectsAndCultures))]
    public void Questions_read_as_questions_in_the_language(string project, string culture)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        var questions = Plugins.ContentOf(project).Questions.Select(q => q.Text).Where(t => t.English.EndsWith('?')).ToList();

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.EndsWith(culture == "ar" ? "؟" : "?", q.For(info), StringComparison.Ordinal));
        if (culture == "es")
        {
            Assert.All(questions, q => Assert.Contains("¿", q.For(info), StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(ProjectsAndCultures))]
    public void Glossary_terms_are_used_wherever_the_english_has_them(string project, string culture)
    {
        var wrong = new List<string>();
        foreach (var (english, translation) in CatalogOf(project, culture).Entries)
        {
            // Ids such as industry.takedown-procedures.review.in-place are not words to translate.
            var words = Ids().Replace(english, "");
            foreach (var rule in Glossary.Rules(culture))
            {
                if (words.Contains(rule.English, StringComparison.OrdinalIgnoreCase) && !rule.Accepted.Any(a => translation.Contains(a, StringComparison.OrdinalIgnoreCase)))
                {
                    wrong.Add($"\"{english}\" has \"{rule.English}\" but its translation uses none of {string.Join(" / ", rule.Accepted)}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Theory]
    [MemberData(nameof(ProjectsAndCultures))]
    public void Terms_the_glossary_rules_out_never_appear(string project, string culture)
    {
        var found = CatalogOf(project, culture).Entries.Values
            .Select(t => Ids().Replace(t, ""))
            .SelectMany(t => Glossary.Avoided(culture).Where(a => t.Contains(a, StringComparison.OrdinalIgnoreCase)).Select(a => $"\"{a}\" in \"{t}\""))
            .ToList();

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [GeneratedRegex(@"[a-z0-9-]+(\.[a-z0-9-]+)+")]
    private static partial Regex Ids();

    private static TranslationCatalog CatalogOf(string project, string culture) =>
        Assert.Single(TranslationCatalog.FromEmbeddedResources(Plugins.ByProject[project].GetType().Assembly), c => c.Culture == culture);
}
