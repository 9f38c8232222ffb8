using System.Globalization;
using MnrPlatform.Sdk.Testing;
using MnrPlatform.Sdk.Translations;

namespace Acme.Enablers.Tests;

public sealed class TranslationTests
{
    [Fact]
    public void French_texts_come_from_the_embedded_catalog_and_the_rest_falls_back_to_English()
    {
        var report = PluginConformance.AssertConforms("acme.enablers");
        var fr = CultureInfo.GetCultureInfo("fr");

        Assert.Equal("Facteurs transversaux", report.Content!.Domain.Name.For(fr));
        Assert.Equal("Ressources et financement", report.Content.Capabilities[0].Name.For(fr));
        // Not in Translations/fr.json: shown in English and marked as a fallback.
        Assert.True(report.Content.Capabilities[0].Description.Resolve(fr).IsFallback);
    }

    [Fact]
    public void The_conformance_kit_reports_coverage_per_culture()
    {
        var coverage = PluginConformance.AssertConforms("acme.enablers").TranslationCoverage();

        var french = coverage.Single(c => c.Culture == "fr");
        Assert.Equal(8, french.Translated);
        Assert.False(french.IsComplete);
        Assert.Equal(0, coverage.Single(c => c.Culture == "ar").Translated);
    }
}
