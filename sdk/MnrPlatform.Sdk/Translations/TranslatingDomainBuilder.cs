using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Sdk.Translations;

/// <summary>
/// A builder that adds the catalogs' translations to every text a plugin registers, then passes the
/// content on to the builder it wraps. Made by <see cref="TranslationExtensions.WithTranslations"/>.
/// </summary>
internal sealed class TranslatingDomainBuilder : IDomainBuilder
{
    private readonly IDomainBuilder inner;
    private readonly ContentTranslator translator;

    public TranslatingDomainBuilder(IDomainBuilder inner, IReadOnlyList<TranslationCatalog> catalogs)
    {
        this.inner = inner;
        translator = new ContentTranslator(text => Translate(text, catalogs));
    }

    public IDomainBuilder Domain(DomainInfo domain) => Pass(inner.Domain(Map(domain, translator.Translate)));

    public IDomainBuilder Capability(CapabilityInfo capability) => Pass(inner.Capability(Map(capability, translator.Translate)));

    public IDomainBuilder Question(QuestionInfo question) => Pass(inner.Question(Map(question, translator.Translate)));

    public IDomainBuilder Indicator(IndicatorInfo indicator) => Pass(inner.Indicator(Map(indicator, translator.Translate)));

    public IDomainBuilder Chart(ChartInfo chart) => Pass(inner.Chart(Map(chart, translator.Translate)));

    public IDomainBuilder ReportSection(ReportSectionInfo section) => Pass(inner.ReportSection(Map(section, translator.Translate)));

    public IDomainBuilder Instrument(InstrumentInfo instrument) => Pass(inner.Instrument(Map(instrument, translator.Translate)));

    public IDomainBuilder Visualization(VisualizationInfo visualization) => Pass(inner.Visualization(Map(visualization, translator.Translate)));

    /// <summary>Adds every catalog's translation of <paramref name="text"/>; a wording the plugin set itself (<see cref="LocalizedText.With"/>) wins.</summary>
    private static LocalizedText Translate(LocalizedText text, IReadOnlyList<TranslationCatalog> catalogs)
    {
        foreach (var catalog in catalogs)
        {
            if (!text.Translations.ContainsKey(catalog.Culture) && catalog.Find(text.English) is { } translation)
            {
                text = text.With(catalog.Culture, translation);
            }
        }

        return text;
    }

    // A null passes through so the content rules report it as they would without translations.
    private static T Map<T>(T item, Func<T, T> translate)
        where T : class => item is null ? item! : translate(item);

    // Calls chain on this builder, so later calls are translated too.
    private TranslatingDomainBuilder Pass(IDomainBuilder _) => this;
}
