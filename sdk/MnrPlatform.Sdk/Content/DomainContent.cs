using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Sdk.Content;

/// <summary>Everything one plugin registered, checked against the content rules.</summary>
/// <param name="Domain">The domain.</param>
/// <param name="Capabilities">Its capabilities, in registration order.</param>
/// <param name="Questions">Its questions, in registration order.</param>
/// <param name="Indicators">Its indicators, in registration order.</param>
/// <param name="Charts">Its charts, in registration order.</param>
public sealed record DomainContent(
    DomainInfo Domain,
    IReadOnlyList<CapabilityInfo> Capabilities,
    IReadOnlyList<QuestionInfo> Questions,
    IReadOnlyList<IndicatorInfo> Indicators,
    IReadOnlyList<ChartInfo> Charts)
{
    /// <summary>The plugin's section of the review report; null when it supplies none (SDK 1.1).</summary>
    public ReportSectionInfo? ReportSection { get; init; }

    /// <summary>The instruments the plugin declares (SDK 1.2); empty when it declares none.</summary>
    public IReadOnlyList<InstrumentInfo> Instruments { get; init; } = [];

    /// <summary>The visualizations the plugin draws itself (SDK 2.0); empty when it supplies none.</summary>
    public IReadOnlyList<VisualizationInfo> Visualizations { get; init; } = [];
}
