using System.Globalization;
using MnrPlatform.Core.Catalog;

namespace MnrPlatform.Host.Components.Pages.Surveys.Instruments;

/// <summary>A catalogue question as the picker lists it.</summary>
/// <param name="Id">The question id.</param>
/// <param name="Group">Its domain and capability, e.g. "Victim · Child helpline".</param>
/// <param name="Text">Its wording.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Instruments">The instruments its plugin puts it in.</param>
public sealed record CatalogueQuestion(string Id, string Group, string Text, string Kind, string Instruments)
{
    /// <summary>Every question of the active plugins, in catalog order, with their words in <paramref name="culture"/> (English where a plugin has no translation).</summary>
    public static IReadOnlyList<CatalogueQuestion> All(FrameworkCatalog catalog, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Domains.SelectMany(d => d.Content.Capabilities.SelectMany(c => d.Content.Questions
            .Where(q => q.CapabilityCode == c.Code)
            .Select(q => new CatalogueQuestion(q.Id, $"{d.Content.Domain.Name.For(culture)} · {c.Name.For(culture)}", q.Text.For(culture), q.Kind.ToString(), string.Join(", ", q.Instruments)))))];
    }

    /// <summary>True when the id, text or group holds <paramref name="text"/> (ignoring case).</summary>
    public bool Matches(string text) =>
        Id.Contains(text, StringComparison.OrdinalIgnoreCase) || Text.Contains(text, StringComparison.OrdinalIgnoreCase) || Group.Contains(text, StringComparison.OrdinalIgnoreCase);
}
