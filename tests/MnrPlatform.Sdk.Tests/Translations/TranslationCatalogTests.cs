using MnrPlatform.Sdk.Translations;

namespace MnrPlatform.Sdk.Tests.Translations;

/// <summary>Reading a catalog: every way it can be wrong is named with the file, the key and the problem.</summary>
public sealed class TranslationCatalogTests
{
    [Fact]
    public void A_catalog_maps_English_to_the_culture_and_an_empty_string_is_missing()
    {
        var catalog = TranslationCatalog.Parse("""{ "Child helpline": "Ligne d'assistance pour enfants", "Training": "" }""", "fr", "Translations/fr.json");

        Assert.Equal("fr", catalog.Culture);
        Assert.Equal("Ligne d'assistance pour enfants", catalog.Find("Child helpline"));
        Assert.Null(catalog.Find("Training"));
        Assert.Null(catalog.Find("Funding"));
        Assert.Equal(2, catalog.Entries.Count);
    }

    [Theory]
    [InlineData("""{ "{countries} {share} have a helpline.": "{countries} disposent d'une ligne." }""", "key \"{countries} {share} have a helpline.\"", "missing {share}")]
    [InlineData("""{ "A helpline.": "Une ligne {share}." }""", "key \"A helpline.\"", "extra {share}")]
    [InlineData("""{ "{countries} {share} x.": "{countries} {share} {share} x." }""", "key \"{countries} {share} x.\"", "extra {share}")]
    [InlineData("""{ "{countries} {share} x.": "{pays} {share} x." }""", "key \"{countries} {share} x.\"", "missing {countries}; extra {pays}")]
    public void A_placeholder_mismatch_names_the_file_the_key_and_the_placeholder(string json, string key, string what)
    {
        var e = Assert.Throws<InvalidTranslationCatalogException>(() => TranslationCatalog.Parse(json, "fr", "plugins/X/Translations/fr.json"));

        Assert.StartsWith("Translation catalog plugins/X/Translations/fr.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(key, e.Message, StringComparison.Ordinal);
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
        Assert.Equal("plugins/X/Translations/fr.json", e.Catalog);
    }

    [Theory]
    [InlineData("""{ "A": "B", }""", "invalid JSON at line 1")]
    [InlineData("""[ "A" ]""", "must be a JSON object")]
    [InlineData("""{ "A": 3 }""", "key \"A\": the translation must be a string")]
    [InlineData("""{ "A": "x", "A": "y" }""", "the key \"A\" appears more than once")]
    [InlineData("""{ "A": "  " }""", "key \"A\": the translation is only white space")]
    public void Invalid_JSON_is_refused_naming_the_file_and_what_is_wrong(string json, string what)
    {
        var e = Assert.Throws<InvalidTranslationCatalogException>(() => TranslationCatalog.Parse(json, "es", "Translations/es.json"));

        Assert.Contains("Translations/es.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xx-nowhere", "is not a known culture name")]
    [InlineData("en", "English is the text itself")]
    public void An_unknown_or_English_culture_is_refused_naming_the_file(string culture, string what)
    {
        var e = Assert.Throws<InvalidTranslationCatalogException>(() => TranslationCatalog.Parse("{}", culture, $"Translations/{culture}.json"));

        Assert.Contains($"Translations/{culture}.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme.Enablers.Translations.fr.json", "fr")]
    [InlineData("Translations/es-MX.json", "es-MX")]
    [InlineData("Translations/ar.json", "ar")]
    [InlineData("Acme.Enablers.Resources.fr.json", null)]
    [InlineData("Acme.MyTranslations.fr.json", null)]
    [InlineData("Translations/fr.resources", null)]
    public void Catalog_resources_are_recognised_by_name(string resource, string? culture) =>
        Assert.Equal(culture, TranslationCatalog.CultureOfResource(resource));

    [Fact]
    public void Loading_a_file_takes_the_culture_from_its_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mnr-catalog-{Guid.NewGuid():N}", "ar.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, """{ "Victim": "الضحايا" }""");

        var catalog = TranslationCatalog.Load(path);

        Assert.Equal("ar", catalog.Culture);
        Assert.Equal("الضحايا", catalog.Find("Victim"));
    }
}
