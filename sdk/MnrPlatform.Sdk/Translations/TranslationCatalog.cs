using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace MnrPlatform.Sdk.Translations;

/// <summary>
/// A plugin's translations into one culture: a flat JSON object mapping the exact English text of a
/// <see cref="Content.LocalizedText"/> (placeholders such as <c>{countries}</c> included) to its
/// wording in the culture. An empty string marks a text not translated yet; it falls back to English.
/// </summary>
/// <example><code>
/// // Translations/fr.json, embedded in the plugin (the SDK's build props embed Translations/*.json):
/// // { "Child helpline": "Ligne d'assistance pour enfants", "Training": "" }
/// public void Configure(IDomainBuilder domain)
/// {
///     domain = domain.WithTranslations(TranslationCatalog.FromEmbeddedResources(typeof(MyPlugin).Assembly));
///     domain.Domain(new DomainInfo("acme", "Child helpline", "...", Order: 10)); // carries its French name
/// }
/// </code></example>
public sealed class TranslationCatalog
{
    /// <summary>The folder, in a plugin project, that holds its catalogs: <c>Translations/&lt;culture&gt;.json</c>.</summary>
    public const string Folder = "Translations";

    private TranslationCatalog(string culture, string source, IReadOnlyDictionary<string, string> entries)
    {
        Culture = culture;
        Source = source;
        Entries = entries;
    }

    /// <summary>The culture's name, e.g. <c>fr</c> or <c>es-MX</c>.</summary>
    public string Culture { get; }

    /// <summary>Where the catalog came from (file or resource name), for messages.</summary>
    public string Source { get; }

    /// <summary>English text to translation; an empty translation means "not translated yet".</summary>
    public IReadOnlyDictionary<string, string> Entries { get; }

    /// <summary>The translation of <paramref name="english"/>, or null when the catalog has none (or an empty one).</summary>
    public string? Find(string english) =>
        Entries.TryGetValue(english, out var text) && text.Length > 0 ? text : null;

    /// <summary>Reads a catalog from its JSON text.</summary>
    /// <param name="json">A flat JSON object of strings.</param>
    /// <param name="culture">The culture's name, e.g. <c>fr</c>; it must be a culture .NET knows.</param>
    /// <param name="source">The file or resource name, used in messages.</param>
    /// <exception cref="InvalidTranslationCatalogException">The JSON is not a flat object of strings, the culture is unknown, a key repeats, or a translation's placeholders differ from its English text's.</exception>
    public static TranslationCatalog Parse(string json, string culture, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var name = CultureName(culture, source);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidTranslationCatalogException(source, $"the catalog must be a JSON object of \"English text\": \"translation\" pairs, not a {document.RootElement.ValueKind}.");
            }

            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (!entries.TryAdd(entry.Name, Translation(entry, source)))
                {
                    throw new InvalidTranslationCatalogException(source, $"the key \"{entry.Name}\" appears more than once: keep one entry per English text.");
                }
            }
        }
        catch (JsonException e)
        {
            throw new InvalidTranslationCatalogException(source, $"invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: {e.Message}", e);
        }

        foreach (var (english, text) in entries)
        {
            if (text.Length > 0 && Placeholders.Mismatch(english, text) is { } problem)
            {
                throw new InvalidTranslationCatalogException(source, $"key \"{english}\": {problem}.");
            }
        }

        return new TranslationCatalog(name, source, entries);
    }

    /// <summary>Reads a catalog file named after its culture, e.g. <c>Translations/fr.json</c>.</summary>
    /// <exception cref="InvalidTranslationCatalogException">See <see cref="Parse"/>.</exception>
    public static TranslationCatalog Load(string path) =>
        Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path), path);

    /// <summary>
    /// Every catalog embedded in <paramref name="assembly"/> under <c>Translations/&lt;culture&gt;.json</c>
    /// (resource names ending in <c>Translations.&lt;culture&gt;.json</c> or <c>Translations/&lt;culture&gt;.json</c>),
    /// ordered by culture. None when the plugin has no translations.
    /// </summary>
    /// <exception cref="InvalidTranslationCatalogException">A catalog is invalid; the message names it, the key and what is wrong.</exception>
    public static IReadOnlyList<TranslationCatalog> FromEmbeddedResources(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var catalogs = new List<TranslationCatalog>();
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (CultureOfResource(resource) is not { } culture)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidTranslationCatalogException(resource, "the resource cannot be opened.");
            using var reader = new StreamReader(stream);
            catalogs.Add(Parse(reader.ReadToEnd(), culture, $"{assembly.GetName().Name}:{resource}"));
        }

        return [.. catalogs.OrderBy(c => c.Culture, StringComparer.Ordinal)];
    }

    /// <summary>The culture of a catalog resource named <c>...Translations.fr.json</c> or <c>...Translations/fr.json</c>; null for any other resource.</summary>
    public static string? CultureOfResource(string resource)
    {
        const string Extension = ".json";
        if (!resource.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var stem = resource[..^Extension.Length];
        foreach (var marker in new[] { Folder + ".", Folder + "/", Folder + "\\" })
        {
            var at = stem.LastIndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || stem[at - 1] is '.' or '/' or '\\') && stem[(at + marker.Length)..] is { Length: > 0 } culture && !culture.Contains('.', StringComparison.Ordinal))
            {
                return culture;
            }
        }

        return null;
    }

    private static string CultureName(string culture, string source)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(culture, predefinedOnly: true).Name;
            if (name.Length == 0 || name.StartsWith("en", StringComparison.OrdinalIgnoreCase) && CultureInfo.GetCultureInfo(name).TwoLetterISOLanguageName == "en")
            {
                throw new InvalidTranslationCatalogException(source, $"\"{culture}\" is not a culture to translate into: English is the text itself; name the file after another culture, e.g. fr.json.");
            }

            return name;
        }
        catch (CultureNotFoundException e)
        {
            throw new InvalidTranslationCatalogException(source, $"\"{culture}\" is not a known culture name: name the file after a culture such as fr, es, ar or es-MX.", e);
        }
    }

    private static string Translation(JsonProperty entry, string source)
    {
        if (entry.Value.ValueKind != JsonValueKind.String)
        {
            throw new InvalidTranslationCatalogException(source, $"key \"{entry.Name}\": the translation must be a string (\"\" when not translated yet), not a {entry.Value.ValueKind}.");
        }

        if (entry.Name.Trim().Length == 0)
        {
            throw new InvalidTranslationCatalogException(source, "an entry has an empty key: keys are the English texts.");
        }

        var text = entry.Value.GetString()!;
        if (text.Length > 0 && text.Trim().Length == 0)
        {
            throw new InvalidTranslationCatalogException(source, $"key \"{entry.Name}\": the translation is only white space; write it, or leave \"\" to fall back to English.");
        }

        return text;
    }
}
