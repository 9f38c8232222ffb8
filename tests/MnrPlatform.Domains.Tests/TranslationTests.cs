using System.Globalization;
using System.Text.Json;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Testing;
using MnrPlatform.Sdk.Translations;

namespace MnrPlatform.Domains.Tests;

/// <summary>The six plugins' translation catalogs (plugins/*/Translations/&lt;culture&gt;.json).</summary>
public sealed class TranslationTests
{
    private static readonly string[] Cultures = ["ar", "es", "fr"];

    private static IReadOnlyList<TranslationCatalog> CatalogsOf(string project) =>
        TranslationCatalog.FromEmbeddedResources(Plugins.ByProject[project].GetType().Assembly);

    private static string CatalogFile(string project, string culture) =>
        Repository.Path("plugins", project, TranslationCatalog.Folder, culture + ".json");

    [Theory]
    [MemberData(nameof(Plugins.Projects), MemberType = typeof(Plugins))]
    public void Each_plugin_embeds_a_valid_catalog_per_culture(string project)
    {
        var catalogs = CatalogsOf(project);

        Assert.Equal(Cultures, catalogs.Select(c => c.Culture));
        Assert.All(catalogs, c => Assert.Equal(File.ReadAllText(CatalogFile(project, c.Culture)).Length > 2, c.Entries.Count > 0));
    }

    [Theory]
    [MemberData(nameof(Plugins.Projects), MemberType = typeof(Plugins))]
    public void Every_catalog_key_is_an_English_text_the_plugin_still_has_and_every_text_has_a_key(string project)
    {
        var texts = ContentTexts.EnglishKeys(Plugins.ContentOf(project)).ToHashSet(StringComparer.Ordinal);

        foreach (var catalog in CatalogsOf(project))
        {
            var stale = catalog.Entries.Keys.Where(k => !texts.Contains(k)).ToList();
            var absent = texts.Where(t => !catalog.Entries.ContainsKey(t)).ToList();
            Assert.True(stale.Count == 0, $"{catalog.Source} has {stale.Count} stale key(s) (run `mnr plugins translations export`):{Environment.NewLine}{string.Join(Environment.NewLine, stale)}");
            Assert.True(absent.Count == 0, $"{catalog.Source} lacks {absent.Count} key(s) (run `mnr plugins translations export`):{Environment.NewLine}{string.Join(Environment.NewLine, absent)}");
        }
    }

    [Theory]
    [MemberData(nameof(Plugins.Projects), MemberType = typeof(Plugins))]
    public void Catalog_files_are_written_as_the_exporter_writes_them(string project)
    {
        var content = Plugins.ContentOf(project);
        foreach (var culture in Cultures)
        {
            var path = CatalogFile(project, culture);
            var text = File.ReadAllText(path);
            var keys = JsonDocument.Parse(text).RootElement.EnumerateObject().Select(p => p.Name).ToList();

            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
            Assert.Equal(CatalogExport.ToJson(CatalogExport.Entries(content, culture, TranslationCatalog.Load(path)).Entries), text);
        }
    }

    [Theory]
    [MemberData(nameof(Plugins.Projects), MemberType = typeof(Plugins))]
    public void Every_translation_keeps_its_placeholders_and_the_kit_finds_no_problem(string project)
    {
        var content = Plugins.ContentOf(project);
        var mismatches = ContentTexts.All(content)
            .SelectMany(t => t.Translations.Select(w => (t.English, Culture: w.Key, Problem: Placeholders.Mismatch(t.English, w.Value))))
            .Where(m => m.Problem is not null)
            .Select(m => $"{m.Culture}: \"{m.English}\": {m.Problem}")
            .ToList();

        Assert.Empty(mismatches);
        Assert.Empty(TranslationConformance.Problems(content));
        Assert.All(content.ReportSection!.Findings, f => Assert.All(
            f.Text.Translations.Values,
            w => Assert.True(w.Contains(FindingTemplate.Countries, StringComparison.Ordinal) && w.Contains(FindingTemplate.Share, StringComparison.Ordinal), w)));
    }

    [Theory]
    [MemberData(nameof(Plugins.Projects), MemberType = typeof(Plugins))]
    public void French_covers_every_text_of_every_plugin(string project)
    {
        var coverage = TranslationCoverage.Of(Plugins.ContentOf(project), "fr");

        Assert.True(coverage.IsComplete, $"{project} fr: {coverage}; missing:{Environment.NewLine}{string.Join(Environment.NewLine, coverage.Missing)}");
        Assert.Equal(100, coverage.Percent);
        Assert.Equal(ContentTexts.EnglishKeys(Plugins.ContentOf(project)).Count, coverage.Total);
    }

    [Fact]
    public void French_content_reads_in_French_and_a_missing_culture_falls_back_to_English_marked()
    {
        var victim = Plugins.ContentOf("MnrPlatform.Domains.Victim");
        var fr = CultureInfo.GetCultureInfo("fr-SN");
        var helpline = victim.Capabilities.Single(c => c.Code == "child-helpline");

        Assert.Equal("Victimes", victim.Domain.Name.For(fr));
        Assert.Equal("Ligne d'assistance pour enfants", helpline.Name.For(fr));
        Assert.Equal("Ligne d'assistance pour enfants : phase 2", victim.Indicators.Single(i => i.Id == "victim.child-helpline.phase-2").Name.For(fr));
        Assert.Equal("{countries} {share} disposent d'une ligne d'assistance nationale pour enfants.",
            victim.ReportSection!.Findings.Single(f => f.IndicatorId == "victim.child-helpline.in-place").Text.For(fr));
        var german = helpline.Name.Resolve(CultureInfo.GetCultureInfo("de"));
        Assert.Equal(new ResolvedText("Child helpline", "en", IsFallback: true), german);
    }

    [Fact]
    public void The_conformance_kit_reports_coverage_per_culture_for_the_deployed_plugins()
    {
        var reports = PluginConformance.CheckAll();

        Assert.All(reports, r =>
        {
            var coverage = r.TranslationCoverage();
            Assert.Equal(["fr", "es", "ar"], coverage.Select(c => c.Culture));
            Assert.Equal(100, coverage.Single(c => c.Culture == "fr").Percent);
            Assert.Equal(100, coverage.Single(c => c.Culture == "es").Percent);
            Assert.Equal(100, coverage.Single(c => c.Culture == "ar").Percent);
            Assert.True(r.Conforms, string.Join(Environment.NewLine, r.Problems));
        });
    }
}
