using System.Globalization;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Translations;

namespace MnrPlatform.Sdk.Tests.Translations;

/// <summary>The builder decorator: every registered text carries its translations; coverage and fallbacks follow.</summary>
public sealed class WithTranslationsTests
{
    private const string Finding = "{countries} {share} have a national child helpline.";

    private static readonly TranslationCatalog French = TranslationCatalog.Parse(
        $$"""
        {
          "Victim": "Victimes",
          "Child helpline": "Ligne d'assistance pour enfants",
          "Is there a helpline?": "Existe-t-il une ligne d'assistance ?",
          "{{Finding}}": "{countries} {share} disposent d'une ligne d'assistance nationale pour enfants.",
          "Training": "Formation",
          "Funding": ""
        }
        """, "fr", "fr.json");

    private static readonly TranslationCatalog Spanish = TranslationCatalog.Parse("""{ "Victim": "Víctimas" }""", "es", "es.json");

    private static DomainContent Configure(IDomainBuilder builder, DomainBuilder inner)
    {
        builder.Domain(new DomainInfo("victim", "Victim", "Support for children.", 3))
            .Capability(new CapabilityInfo("helpline", 11, "Child helpline", "A national helpline.", "Children need somewhere to turn.", new MaturityDescriptors("1", "2", "3", "4")))
            .Question(new QuestionInfo
            {
                Id = "victim.helpline.review.support",
                CapabilityCode = "helpline",
                Text = "Is there a helpline?",
                Kind = QuestionKind.MultipleChoice,
                Options = [new("training", "Training"), new("funding", "Funding")],
                Instruments = ["government-survey"],
            })
            .Indicator(new IndicatorInfo
            {
                Id = "victim.helpline.in-place",
                CapabilityCode = "helpline",
                Name = new LocalizedText("Child helpline").With("fr", "Ligne d'écoute"),
                Measures = "Share answering training.",
                Numerator = CountryRule.Answering("victim.helpline.review.support", "training"),
                Denominator = CountryRule.Answered("victim.helpline.review.support"),
                Metadata = new IndicatorMetadata("purpose", "computation", "limitations"),
            })
            .Chart(new ChartInfo { Id = "victim.chart.helpline", Title = "Child helpline", Kind = ChartKind.StackedShares, IndicatorIds = ["victim.helpline.in-place"] })
            .ReportSection(new ReportSectionInfo { Findings = [new FindingTemplate("victim.helpline.in-place", Finding)] });
        return inner.Build();
    }

    private static DomainContent Translated(params TranslationCatalog[] catalogs)
    {
        var inner = new DomainBuilder();
        return Configure(inner.WithTranslations(catalogs), inner);
    }

    [Fact]
    public void Every_kind_of_registered_text_carries_its_translation()
    {
        var content = Translated(French, Spanish);
        var fr = CultureInfo.GetCultureInfo("fr-FR");

        Assert.Equal("Victimes", content.Domain.Name.For(fr));
        Assert.Equal("Víctimas", content.Domain.Name.For(CultureInfo.GetCultureInfo("es")));
        Assert.Equal("Ligne d'assistance pour enfants", content.Capabilities[0].Name.For(fr));
        Assert.Equal("Existe-t-il une ligne d'assistance ?", content.Questions[0].Text.For(fr));
        Assert.Equal("Formation", content.Questions[0].Options[0].Label.For(fr));
        Assert.Equal("Ligne d'assistance pour enfants", content.Charts[0].Title.For(fr));
        Assert.StartsWith("{countries} {share} disposent", content.ReportSection!.Findings[0].Text.For(fr), StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_the_plugin_sets_itself_wins_and_an_empty_entry_falls_back_to_English_marked()
    {
        var content = Translated(French);
        var fr = CultureInfo.GetCultureInfo("fr");

        Assert.Equal("Ligne d'écoute", content.Indicators[0].Name.For(fr));
        var funding = content.Questions[0].Options[1].Label.Resolve(fr);
        Assert.Equal(new ResolvedText("Funding", "en", IsFallback: true), funding);
        Assert.Equal(new ResolvedText("Formation", "fr", IsFallback: false), content.Questions[0].Options[0].Label.Resolve(CultureInfo.GetCultureInfo("fr-CA")));
        Assert.False(content.Questions[0].Options[1].Label.Resolve(CultureInfo.GetCultureInfo("en-GB")).IsFallback);
    }

    [Fact]
    public void Coverage_counts_distinct_English_texts_per_culture_and_lists_the_missing()
    {
        var content = Translated(French, Spanish);

        var texts = ContentTexts.EnglishKeys(content);
        var fr = TranslationCoverage.Of(content, "fr");
        var es = TranslationCoverage.Of(content, "es");
        var ar = TranslationCoverage.Of(content, "ar");

        // "Child helpline" is registered three times (capability, indicator, chart) and counts once.
        Assert.Equal(ContentTexts.All(content).Count(), texts.Count + 2);
        Assert.Equal(texts.Count, fr.Total);
        Assert.Equal(5, fr.Translated);
        Assert.Contains("Funding", fr.Missing);
        Assert.DoesNotContain("Training", fr.Missing);
        Assert.Equal(fr.Total - 5, fr.Missing.Count);
        Assert.Equal(1, es.Translated);
        Assert.Equal(0, ar.Translated);
        Assert.Equal(0, ar.Percent);
        Assert.Equal(100 * 5 / fr.Total, fr.Percent);
        Assert.False(fr.IsComplete);
        Assert.Equal(["fr", "es", "ar"], TranslationCoverage.Of(content).Select(c => c.Culture));
    }

    [Fact]
    public void No_catalog_leaves_the_builder_as_it_is_and_two_catalogs_for_one_culture_are_refused()
    {
        var inner = new DomainBuilder();

        Assert.Same(inner, inner.WithTranslations([]));
        var e = Assert.Throws<ArgumentException>(() => inner.WithTranslations([French, TranslationCatalog.Parse("{}", "fr", "other.json")]));
        Assert.Contains("fr.json and other.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exporting_keeps_existing_translations_sorts_keys_and_lists_stale_ones()
    {
        var content = Translated(French);
        var existing = TranslationCatalog.Parse("""{ "Victim": "Victime (revue)", "Gone": "Parti", "Funding": "" }""", "fr", "fr.json");

        var (entries, stale) = CatalogExport.Entries(content, "fr", existing);
        var json = CatalogExport.ToJson(entries);

        Assert.Equal(ContentTexts.EnglishKeys(content), entries.Select(e => e.Key));
        Assert.Equal(entries.Select(e => e.Key).Order(StringComparer.Ordinal), entries.Select(e => e.Key));
        Assert.Equal("Victime (revue)", entries.Single(e => e.Key == "Victim").Value);
        Assert.Equal("Formation", entries.Single(e => e.Key == "Training").Value);
        Assert.Equal("", entries.Single(e => e.Key == "Funding").Value);
        Assert.Equal(["Gone"], stale);
        Assert.Contains("\"Child helpline\": \"Ligne d'assistance pour enfants\"", json, StringComparison.Ordinal);
        Assert.Equal(entries.Count, TranslationCatalog.Parse(json, "fr", "round-trip").Entries.Count);
    }
}
