using System.Globalization;
using System.Resources;

namespace MnrPlatform.Core.Localization;

/// <summary>
/// The words of one resource file (<c>Resources/Name.resx</c> beside its marker type, with
/// <c>Name.fr.resx</c>, <c>Name.es.resx</c>, <c>Name.ar.resx</c>) in a language the caller names: an
/// e-mail in its recipient's language, a report in the one asked for. Pages use <c>IStringLocalizer</c>
/// (the request's language) instead. A key missing from every file is a bug and throws.
/// </summary>
/// <param name="marker">The marker type; its full name is the resource file's base name.</param>
public sealed class ResourceText(Type marker)
{
    private readonly ResourceManager manager = new(marker.FullName!, marker.Assembly);

    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/>, else its parent, else English.</summary>
    public string Get(string key, CultureInfo culture) =>
        manager.GetString(key, culture) ?? throw new KeyNotFoundException($"'{key}' is not in {marker.FullName}.resx.");

    /// <summary>The text of <paramref name="key"/> with <paramref name="arguments"/> formatted in <paramref name="culture"/>.</summary>
    public string Format(string key, CultureInfo culture, params object?[] arguments) =>
        string.Format(culture, Get(key, culture), arguments);
}
