using System.Text.Encodings.Web;
using System.Text.Json;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Translations;

/// <summary>
/// Writes the skeleton of a plugin's catalog for one culture: every English text of the plugin as
/// a key, sorted ordinally, with the existing translation or <c>""</c> where there is none yet.
/// </summary>
public static class CatalogExport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Translators read and edit the file: keep accents, Arabic script and quotes as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The catalog entries for <paramref name="culture"/>.</summary>
    /// <param name="content">The plugin's content (as loaded, so translations it already carries count).</param>
    /// <param name="culture">The culture, e.g. <c>fr</c>.</param>
    /// <param name="existing">The catalog file as it is, if any: its translations are kept.</param>
    /// <returns>The entries in key order, and the existing catalog's keys the plugin no longer has (stale).</returns>
    public static (IReadOnlyList<KeyValuePair<string, string>> Entries, IReadOnlyList<string> Stale) Entries(DomainContent content, string culture, TranslationCatalog? existing)
    {
        var loaded = ContentTexts.All(content)
            .Select(t => (t.English, Text: t.Translations.TryGetValue(culture, out var w) ? w : null))
            .GroupBy(t => t.English, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Text).FirstOrDefault(w => w is not null), StringComparer.Ordinal);
        var entries = loaded.Keys.Order(StringComparer.Ordinal)
            .Select(key => KeyValuePair.Create(key, existing?.Find(key) ?? loaded[key] ?? ""))
            .ToList();
        var stale = existing?.Entries.Keys.Where(k => !loaded.ContainsKey(k)).Order(StringComparer.Ordinal).ToList() ?? [];
        return (entries, stale);
    }

    /// <summary>The JSON text of <paramref name="entries"/>, as catalogs are committed (indented, UTF-8 characters unescaped, final newline).</summary>
    public static string ToJson(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            map.Add(key, value);
        }

        return JsonSerializer.Serialize(map, Json).ReplaceLineEndings("\n") + "\n";
    }
}
