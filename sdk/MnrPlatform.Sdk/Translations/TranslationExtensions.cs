using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Translations;

/// <summary>Applies translation catalogs to what a plugin registers.</summary>
public static class TranslationExtensions
{
    /// <summary>
    /// Wraps <paramref name="domain"/> so every text registered through the result carries the
    /// catalogs' translations of its English wording. A text without a translation (missing or
    /// <c>""</c>) stays English-only and falls back to English; a translation the plugin gives
    /// itself with <see cref="LocalizedText.With"/> is kept.
    /// </summary>
    /// <param name="domain">The builder the host passes to <see cref="IDomainPlugin.Configure"/>.</param>
    /// <param name="catalogs">The plugin's catalogs, usually <see cref="TranslationCatalog.FromEmbeddedResources"/>; at most one per culture.</param>
    /// <returns>The builder to register content with.</returns>
    /// <exception cref="ArgumentException">Two catalogs are for the same culture.</exception>
    public static IDomainBuilder WithTranslations(this IDomainBuilder domain, IEnumerable<TranslationCatalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(catalogs);
        var list = catalogs.ToList();
        if (list.GroupBy(c => c.Culture, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException(
                $"Give one catalog per culture: {string.Join(" and ", twice.Select(c => c.Source))} are both for \"{twice.Key}\".", nameof(catalogs));
        }

        return list.Count == 0 ? domain : new TranslatingDomainBuilder(domain, list);
    }
}
