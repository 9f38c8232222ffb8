using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>
/// Every key of the platform's resource files (the host's pages and the data layer's e-mails and
/// reports) exists, with the same placeholders, in every offered language. The files are found in the
/// assemblies themselves, so a new .resx is checked without being listed here.
/// </summary>
public sealed partial class ResourceCompletenessTests
{
    // The assemblies that carry the platform's own words.
    private static readonly Assembly[] Assemblies =
    [
        typeof(LayoutText).Assembly,
        typeof(MnrPlatform.Data.MnrDbContext).Assembly,
        typeof(MnrPlatform.Core.Catalog.FrameworkCatalog).Assembly,
    ];

    /// <summary>Every neutral (English) resource file of <see cref="Assemblies"/>, by its base name.</summary>
    public static TheoryData<string> ResourceFiles => [.. Assemblies.SelectMany(BaseNames).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_key_is_translated_into_every_language_with_the_same_placeholders(string baseName)
    {
        var manager = Manager(baseName);
        var english = Strings(manager, CultureInfo.InvariantCulture);
        Assert.NotEmpty(english);
        var problems = new List<string>();
        foreach (var culture in PlatformCultures.All.Where(c => c.Name != PlatformCultures.Default))
        {
            var translated = Strings(manager, CultureInfo.GetCultureInfo(culture.Name));
            problems.AddRange(english.Keys.Where(k => !translated.ContainsKey(k)).Order(StringComparer.Ordinal).Select(k => $"{culture.Name}: missing {k}"));
            problems.AddRange(translated.Keys.Where(k => !english.ContainsKey(k)).Order(StringComparer.Ordinal).Select(k => $"{culture.Name}: {k} is not in the English file"));
            problems.AddRange(english.Where(e => translated.TryGetValue(e.Key, out var t) && !Placeholders(t).SetEquals(Placeholders(e.Value)))
                .Select(e => $"{culture.Name}: {e.Key} has placeholders {{{string.Join(", ", Placeholders(translated[e.Key]))}}}, English {{{string.Join(", ", Placeholders(e.Value))}}}"));
            problems.AddRange(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{culture.Name}: {t.Key} is blank"));
        }

        Assert.True(problems.Count == 0, $"{baseName}: {problems.Count} problem(s):\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void The_files_are_found_in_each_assembly()
    {
        Assert.Contains(typeof(LayoutText).FullName!, ResourceFiles.Select(r => r.Data));
        Assert.Contains(typeof(OverviewText).FullName!, ResourceFiles.Select(r => r.Data));
    }

    [Fact]
    public void The_check_sees_a_culture_without_its_file()
    {
        // No Resources/LayoutText.de.resx: nothing is found for German itself (no fall-back to English).
        Assert.Empty(Strings(Manager(typeof(LayoutText).FullName!), CultureInfo.GetCultureInfo("de")));
    }

    private static IEnumerable<string> BaseNames(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => n[..^".resources".Length]);

    private static ResourceManager Manager(string baseName) =>
        new(baseName, Assemblies.Single(a => BaseNames(a).Contains(baseName, StringComparer.Ordinal)));

    // The strings of one culture's own file, without falling back to the parent culture.
    private static Dictionary<string, string> Strings(ResourceManager manager, CultureInfo culture)
    {
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
