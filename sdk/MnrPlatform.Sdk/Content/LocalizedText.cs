using System.Globalization;

namespace MnrPlatform.Sdk.Content;

/// <summary>
/// A text in English and, optionally, other cultures. English is required; a missing translation
/// falls back to the parent culture (fr-CA → fr) and then to English.
/// </summary>
/// <example><code>
/// LocalizedText name = "Child helpline";                      // English only
/// var name = new LocalizedText("Child helpline").With("fr", "Ligne d'assistance pour enfants");
/// </code></example>
public sealed record LocalizedText
{
    private readonly IReadOnlyDictionary<string, string> translations;

    /// <summary>Creates a text with its English wording.</summary>
    /// <exception cref="ArgumentException"><paramref name="english"/> is empty.</exception>
    public LocalizedText(string english)
        : this(english, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))
    {
    }

    private LocalizedText(string english, IReadOnlyDictionary<string, string> translations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        English = english;
        this.translations = translations;
    }

    /// <summary>The English wording, always present.</summary>
    public string English { get; }

    /// <summary>Wordings in other cultures, keyed by culture name (e.g. "fr", "es-MX").</summary>
    public IReadOnlyDictionary<string, string> Translations => translations;

    /// <summary>Wraps an English text, so plugins can pass plain strings.</summary>
    public static implicit operator LocalizedText(string english) => new(english);

    /// <summary>Returns a copy with <paramref name="text"/> for <paramref name="culture"/> added or replaced.</summary>
    /// <exception cref="ArgumentException">The culture is unknown, invariant, or the text is empty.</exception>
    public LocalizedText With(string culture, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var name = CultureInfo.GetCultureInfo(culture).Name;
        if (name.Length == 0)
        {
            throw new ArgumentException("Give a named culture such as \"fr\"; English goes in the constructor.", nameof(culture));
        }

        var copy = new Dictionary<string, string>(translations, StringComparer.OrdinalIgnoreCase) { [name] = text };
        return new LocalizedText(English, copy);
    }

    /// <summary>The wording for <paramref name="culture"/>: exact, then parent cultures, then English.</summary>
    public string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        for (var c = culture; c.Name.Length > 0; c = c.Parent)
        {
            if (translations.TryGetValue(c.Name, out var text))
            {
                return text;
            }
        }

        return English;
    }

    /// <summary>The English wording.</summary>
    public override string ToString() => English;

    /// <summary>Two texts are equal when every wording is equal.</summary>
    public bool Equals(LocalizedText? other) =>
        other is not null
        && English == other.English
        && translations.Count == other.translations.Count
        && translations.All(t => other.translations.TryGetValue(t.Key, out var v) && v == t.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(English, translations.Count);
}
