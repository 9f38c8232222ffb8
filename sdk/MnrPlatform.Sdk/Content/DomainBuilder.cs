using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Sdk.Content;

/// <summary>
/// Collects what a plugin registers and checks it against the content rules. The host and the
/// conformance kit both use this class, so a plugin that passes the kit loads in the host.
/// </summary>
public sealed class DomainBuilder : IDomainBuilder
{
    private readonly List<DomainInfo> domains = [];
    private readonly List<CapabilityInfo> capabilities = [];
    private readonly List<QuestionInfo> questions = [];
    private readonly List<IndicatorInfo> indicators = [];
    private readonly List<ChartInfo> charts = [];
    private readonly List<ReportSectionInfo> reportSections = [];
    private readonly List<InstrumentInfo> instruments = [];
    private readonly List<VisualizationInfo> visualizations = [];

    /// <inheritdoc />
    public IDomainBuilder Domain(DomainInfo domain) => Add(domains, domain);

    /// <inheritdoc />
    public IDomainBuilder Capability(CapabilityInfo capability) => Add(capabilities, capability);

    /// <inheritdoc />
    public IDomainBuilder Question(QuestionInfo question) => Add(questions, question);

    /// <inheritdoc />
    public IDomainBuilder Indicator(IndicatorInfo indicator) => Add(indicators, indicator);

    /// <inheritdoc />
    public IDomainBuilder Chart(ChartInfo chart) => Add(charts, chart);

    /// <inheritdoc />
    public IDomainBuilder ReportSection(ReportSectionInfo section) => Add(reportSections, section);

    /// <inheritdoc />
    public IDomainBuilder Instrument(InstrumentInfo instrument) => Add(instruments, instrument);

    /// <inheritdoc />
    public IDomainBuilder Visualization(VisualizationInfo visualization) => Add(visualizations, visualization);

    /// <summary>Every content rule the registered content breaks; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate() =>
        [.. ContentRules.Check(domains, capabilities, questions, indicators, charts, reportSections, instruments), .. VisualizationRules.Check(visualizations, indicators, charts)];

    /// <summary>The registered content, once it passes every content rule.</summary>
    /// <exception cref="InvalidDomainContentException">A rule is broken; the exception lists every problem.</exception>
    public DomainContent Build()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new InvalidDomainContentException(problems);
        }

        return new DomainContent(domains[0], [.. capabilities], [.. questions], [.. indicators], [.. charts])
        {
            ReportSection = reportSections.SingleOrDefault(),
            Instruments = [.. instruments],
            Visualizations = [.. visualizations],
        };
    }

    private DomainBuilder Add<T>(List<T> items, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        items.Add(item);
        return this;
    }
}
