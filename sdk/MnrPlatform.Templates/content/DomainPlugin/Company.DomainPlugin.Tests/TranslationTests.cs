using System.Globalization;
using MnrPlatform.Sdk.Testing;

namespace Company.DomainPlugin.Tests;

public sealed class TranslationTests
{
    [Fact]
    public void Texts_in_Translations_fr_json_are_shown_in_French()
    {
        var report = PluginConformance.AssertConforms("company.plugin-id");

        Assert.Equal("Domaine d'exemple", report.Content!.Domain.Name.For(CultureInfo.GetCultureInfo("fr")));
        Assert.Contains(report.TranslationCoverage(), c => c.Culture == "fr" && c.Translated > 0);
    }
}
