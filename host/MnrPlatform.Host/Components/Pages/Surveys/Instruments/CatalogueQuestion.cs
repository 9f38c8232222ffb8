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
    /// <summary>Every question of the active plugins, in catalog order.</summary>
    public static IReadOnlyList<CatalogueQuestion> All(FrameworkCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Domains.SelectMany(d => d.Content.Capabilities.SelectMany(c => d.Content.Questions
            .Where(q => q.CapabilityCode == c.Code)
            .Select(q => new CatalogueQuestion(q.Id, $"{d.Content.Domain.Name.English} · {c.Name.English}", q.Text.English, q.Kind.ToString(), string.Join(", ", q.Instruments)))))];
    }

    /// <summary>True when the id, text or group holds <paramref name="text"/> (ignoring case).</summary>
    public bool Matches(string text) =>
        Id.Contains(text, StringComparison.OrdinalIgnoreCase) || Text.Contains(text, StringComparison.OrdinalIgnoreCase) || Group.Contains(text, StringComparison.OrdinalIgnoreCase);
}
