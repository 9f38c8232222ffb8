using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Sdk;

/// <summary>
/// The entry point of a domain plugin: the host creates the plugin's single implementation of this
/// interface (it needs a public parameterless constructor) and calls <see cref="Configure"/> once.
/// </summary>
/// <remarks>
/// Plugins are trusted code: the host loads each into its own load context to keep dependencies
/// apart, which is not a security boundary.
/// </remarks>
public interface IDomainPlugin
{
    /// <summary>Registers the domain and its capabilities, questions, indicators, charts and report section.</summary>
    void Configure(IDomainBuilder domain);
}

/// <summary>What a plugin registers its content with. Every call returns the builder, so calls chain.</summary>
public interface IDomainBuilder
{
    /// <summary>Sets the domain the plugin supplies (exactly once).</summary>
    IDomainBuilder Domain(DomainInfo domain);

    /// <summary>Adds a capability of the domain.</summary>
    IDomainBuilder Capability(CapabilityInfo capability);

    /// <summary>Adds a question about one of the domain's capabilities.</summary>
    IDomainBuilder Question(QuestionInfo question);

    /// <summary>Adds an indicator over the domain's questions.</summary>
    IDomainBuilder Indicator(IndicatorInfo indicator);

    /// <summary>Adds a chart over the domain's indicators.</summary>
    IDomainBuilder Chart(ChartInfo chart);

    /// <summary>
    /// Sets the domain's section of the review report (at most once; SDK 1.1). A builder from before
    /// 1.1 ignores it, so the section is optional: without it the report writes a generic one.
    /// </summary>
    IDomainBuilder ReportSection(ReportSectionInfo section) => this;

    /// <summary>
    /// Declares an instrument the plugin's questions belong to (SDK 1.2). A builder from before 1.2
    /// ignores it; the host then warns about questions naming an instrument no plugin declares.
    /// </summary>
    IDomainBuilder Instrument(InstrumentInfo instrument) => this;

    /// <summary>
    /// Adds a visualization the plugin draws itself with Plotly.NET (SDK 2.0). The host calls its
    /// builder with only what the viewer may see of the declared indicators, checks the figure and
    /// shows it on the domain page with a data table and CSV. Every builder implements it (no
    /// default), so a decorator cannot drop visualizations without a word.
    /// </summary>
    IDomainBuilder Visualization(VisualizationInfo visualization);
}
