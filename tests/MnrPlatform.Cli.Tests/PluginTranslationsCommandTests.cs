using System.Text.Json;

namespace MnrPlatform.Cli.Tests;

/// <summary><c>mnr plugins translations export</c> on a copy of the Media plugin's project folder.</summary>
public sealed class PluginTranslationsCommandTests : IDisposable
{
    private const string Project = "MnrPlatform.Domains.Media";
    private static readonly string DomainPlugins = Path.Combine(AppContext.BaseDirectory, "domain-plugins");
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mnr-translations-{Guid.NewGuid():N}", Project);

    public PluginTranslationsCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "Translations"));
        File.Copy(Repository.Path("plugins", Project, Project + ".csproj"), Path.Combine(folder, Project + ".csproj"));
        File.Copy(Repository.Path("plugins", Project, "Translations", "fr.json"), Catalog("fr"));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);

    private string Catalog(string culture) => Path.Combine(folder, "Translations", culture + ".json");

    private Dictionary<string, string> Read(string culture) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Catalog(culture)))!;

    private void Write(string culture, Dictionary<string, string> entries) =>
        File.WriteAllText(Catalog(culture), JsonSerializer.Serialize(entries));

    [Fact]
    public async Task Export_keeps_translations_adds_missing_texts_as_empty_and_removes_stale_keys_listing_them()
    {
        var fr = Read("fr");
        var texts = fr.Count; // the shipped French catalog holds every text of the plugin, nothing stale
        var dropped = fr.Keys.First(k => k.StartsWith("Universal terminology", StringComparison.Ordinal));
        var blanked = fr.Keys.First(k => k.StartsWith("Ethical and informed", StringComparison.Ordinal));
        var builtTranslation = fr[dropped];
        fr.Remove(dropped);
        fr[blanked] = "";
        fr["A text the plugin no longer has"] = "Un texte disparu";
        fr["Media and communications"] = "Médias et communication (revu)";
        Write("fr", fr);

        var (exit, output, error) = await Cli.RunAsync("plugins", "translations", "export", "--culture", "fr", "--culture", "es", "--plugins", DomainPlugins, folder);

        Assert.True(exit == 0, error);
        Assert.Contains("mnrplatform.domains.media fr: wrote", output, StringComparison.Ordinal);
        Assert.Contains($"{texts} texts, {texts - 1} translated, 1 missing, 1 stale removed.", output, StringComparison.Ordinal);
        Assert.Contains("  stale (removed): A text the plugin no longer has", output, StringComparison.Ordinal);
        // No es.json in the folder: the export starts from the Spanish the built plugin carries.
        Assert.Contains($"{texts} texts, {texts} translated, 0 missing, 0 stale removed.", output, StringComparison.Ordinal);
        var written = Read("fr");
        Assert.Equal(texts, written.Count);
        Assert.Equal("", written[blanked]);
        Assert.Equal(builtTranslation, written[dropped]);
        Assert.Equal("Médias et communication (revu)", written["Media and communications"]);
        Assert.DoesNotContain("A text the plugin no longer has", written.Keys);
        Assert.Equal(written.Keys.Order(StringComparer.Ordinal), written.Keys);
        Assert.Equal(written.Keys, Read("es").Keys);
        Assert.All(Read("es").Values, v => Assert.NotEqual("", v));
    }

    [Fact]
    public async Task An_invalid_catalog_is_an_error_naming_the_file_and_the_key()
    {
        Write("fr", new Dictionary<string, string> { ["{countries} {share} x."] = "{countries} x." });

        var (exit, _, error) = await Cli.RunAsync("plugins", "translations", "export", "--culture", "fr", "--plugins", DomainPlugins, folder);

        Assert.Equal(1, exit);
        Assert.Contains(Catalog("fr"), error, StringComparison.Ordinal);
        Assert.Contains("key \"{countries} {share} x.\"", error, StringComparison.Ordinal);
        Assert.Contains("missing {share}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xx-nowhere", "--culture xx-nowhere is not a known culture name")]
    [InlineData("fr", "no plugin project")]
    public async Task A_bad_culture_or_a_folder_without_plugin_projects_is_refused(string culture, string message)
    {
        var target = culture == "fr" ? Path.GetDirectoryName(Path.GetDirectoryName(folder))! : folder;

        var (exit, _, error) = await Cli.RunAsync("plugins", "translations", "export", "--culture", culture, "--plugins", DomainPlugins, target);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
