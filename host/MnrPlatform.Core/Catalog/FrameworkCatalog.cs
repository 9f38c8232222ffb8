using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Catalog;

/// <summary>
/// The MNR framework as the active plugins supply it: domain → capability → questions, indicators
/// and charts, each known with the plugin it came from. The rest of the host reads content here.
/// </summary>
public sealed class FrameworkCatalog
{
    private readonly Dictionary<string, Owned<CapabilityInfo>> capabilities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Owned<QuestionInfo>> questions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Owned<IndicatorInfo>> indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Owned<ChartInfo>> charts = new(StringComparer.Ordinal);

    /// <summary>
    /// The id suffix the domain plugins give a capability's "is it in place?" review question and
    /// the indicator counting it (a row of the review's Figure 1).
    /// </summary>
    public const string InPlaceSuffix = ".in-place";

    /// <summary>Builds the catalog from what the loader found; only active plugins contribute content.</summary>
    public FrameworkCatalog(IEnumerable<InstalledPlugin> plugins)
    {
        Plugins = [.. plugins];
        Domains = [.. Plugins.Where(p => p.IsActive)
            .Select(p => new CatalogDomain(p.Id, p.Content!))
            .OrderBy(d => d.Content.Domain.Order)
            .ThenBy(d => d.Content.Domain.Code, StringComparer.Ordinal)];

        foreach (var domain in Domains)
        {
            Index(capabilities, domain, domain.Content.Capabilities, c => c.Code);
            Index(questions, domain, domain.Content.Questions, q => q.Id);
            Index(indicators, domain, domain.Content.Indicators, i => i.Id);
            Index(charts, domain, domain.Content.Charts, c => c.Id);
        }

        Instruments = [.. Domains
            .SelectMany(d => d.Content.Instruments.Select(i => (d.PluginId, Info: i)))
            .GroupBy(x => x.Info.Code, StringComparer.Ordinal)
            .Select(g => new CatalogInstrument(g.First().Info, [.. g.Select(x => x.PluginId).Distinct(StringComparer.Ordinal)]))];
    }

    /// <summary>Every installed plugin, whatever its status, in load order.</summary>
    public IReadOnlyList<InstalledPlugin> Plugins { get; }

    /// <summary>The domains of the active plugins, in their declared order.</summary>
    public IReadOnlyList<CatalogDomain> Domains { get; }

    /// <summary>The instruments the active plugins declare (SDK 1.2), merged by code, in order of first declaration.</summary>
    public IReadOnlyList<CatalogInstrument> Instruments { get; }

    /// <summary>Every capability, by domain order then registration order.</summary>
    public IEnumerable<Owned<CapabilityInfo>> Capabilities => All(d => d.Capabilities);

    /// <summary>Every question of every active plugin, by domain order then registration order.</summary>
    public IEnumerable<Owned<QuestionInfo>> Questions => All(d => d.Questions);

    /// <summary>Every indicator, by domain order then registration order.</summary>
    public IEnumerable<Owned<IndicatorInfo>> Indicators => All(d => d.Indicators);

    /// <summary>Every chart, by domain order then registration order.</summary>
    public IEnumerable<Owned<ChartInfo>> Charts => All(d => d.Charts);

    /// <summary>A capability by code.</summary>
    public Owned<CapabilityInfo>? Capability(string code) => capabilities.GetValueOrDefault(code);

    /// <summary>A question by id.</summary>
    public Owned<QuestionInfo>? Question(string id) => questions.GetValueOrDefault(id);

    /// <summary>An indicator by id.</summary>
    public Owned<IndicatorInfo>? Indicator(string id) => indicators.GetValueOrDefault(id);

    /// <summary>A chart by id.</summary>
    public Owned<ChartInfo>? Chart(string id) => charts.GetValueOrDefault(id);

    /// <summary>An active domain by code.</summary>
    public CatalogDomain? Domain(string code) => Domains.FirstOrDefault(d => d.Content.Domain.Code == code);

    /// <summary>
    /// A capability's current maturity phase question: of kind <see cref="QuestionKind.MaturityPhase"/>
    /// and always shown (a target phase is shown only with an action plan); null when it has none.
    /// </summary>
    public QuestionInfo? PhaseQuestion(string capabilityCode) =>
        QuestionsOf(capabilityCode).FirstOrDefault(q => q.Kind == QuestionKind.MaturityPhase && q.ShownWhen is null);

    /// <summary>A capability's "is it in place?" review question (id ending in <see cref="InPlaceSuffix"/>); null when it has none.</summary>
    public QuestionInfo? InPlaceQuestion(string capabilityCode) =>
        QuestionsOf(capabilityCode).FirstOrDefault(q => q.Id.EndsWith(InPlaceSuffix, StringComparison.Ordinal));

    private IEnumerable<QuestionInfo> QuestionsOf(string capabilityCode) =>
        Domain(Capability(capabilityCode)?.DomainCode ?? "")?.Content.Questions.Where(q => q.CapabilityCode == capabilityCode) ?? [];

    private IEnumerable<Owned<T>> All<T>(Func<DomainContent, IEnumerable<T>> items) =>
        Domains.SelectMany(d => items(d.Content).Select(item => new Owned<T>(d.PluginId, d.Content.Domain.Code, item)));

    private static void Index<T>(Dictionary<string, Owned<T>> index, CatalogDomain domain, IEnumerable<T> items, Func<T, string> key)
    {
        foreach (var item in items)
        {
            index[key(item)] = new Owned<T>(domain.PluginId, domain.Content.Domain.Code, item);
        }
    }
}

/// <summary>One active plugin's domain and everything it registered.</summary>
/// <param name="PluginId">The plugin that supplies it.</param>
/// <param name="Content">Its validated content.</param>
public sealed record CatalogDomain(string PluginId, DomainContent Content);

/// <summary>An item of content with the plugin and domain it belongs to.</summary>
/// <param name="PluginId">The plugin that registered it.</param>
/// <param name="DomainCode">The domain it belongs to.</param>
/// <param name="Item">The item.</param>
public sealed record Owned<T>(string PluginId, string DomainCode, T Item);
