using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>Every key of the platform's resource files exists, with the same placeholders, in every offered language.</summary>
public sealed partial class ResourceCompletenessTests
{
    /// <summary>The marker type of every resource file the pages read.</summary>
    public static TheoryData<Type> ResourceFiles => [typeof(LayoutText), typeof(AccountText), typeof(OverviewText), typeof(ErrorText)];

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_key_is_translated_into_every_language_with_the_same_placeholders(Type file)
    {
        var english = Strings(file, CultureInfo.InvariantCulture);
        Assert.NotEmpty(english);
        var problems = new List<string>();
        foreach (var culture in PlatformCultures.All.Where(c => c.Name != PlatformCultures.Default))
        {
            var translated = Strings(file, CultureInfo.GetCultureInfo(culture.Name));
            problems.AddRange(english.Keys.Where(k => !translated.ContainsKey(k)).Order(StringComparer.Ordinal).Select(k => $"{culture.Name}: missing {k}"));
            problems.AddRange(translated.Keys.Where(k => !english.ContainsKey(k)).Order(StringComparer.Ordinal).Select(k => $"{culture.Name}: {k} is not in the English file"));
            problems.AddRange(english.Where(e => translated.TryGetValue(e.Key, out var t) && !Placeholders(t).SetEquals(Placeholders(e.Value)))
                .Select(e => $"{culture.Name}: {e.Key} has placeholders {{{string.Join(", ", Placeholders(translated[e.Key]))}}}, English {{{string.Join(", ", Placeholders(e.Value))}}}"));
            problems.AddRange(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{culture.Name}: {t.Key} is blank"));
        }

        Assert.True(problems.Count == 0, $"Resources/{file.Name}: {problems.Count} problem(s):\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void The_check_sees_a_culture_without_its_file()
    {
        // No Resources/LayoutText.de.resx: nothing is found for German itself (no fall-back to English).
        Assert.Empty(Strings(typeof(LayoutText), CultureInfo.GetCultureInfo("de")));
    }

    // The strings of one culture's own file, without falling back to the parent culture.
    private static Dictionary<string, string> Strings(Type file, CultureInfo culture)
    {
        var manager = new ResourceManager(file.FullName!, file.Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
