using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Sdk.Translations;

/// <summary>Copies of content records with every <see cref="LocalizedText"/> passed through a function (the same texts <see cref="ContentTexts"/> lists).</summary>
internal sealed class ContentTranslator(Func<LocalizedText, LocalizedText> translate)
{
    public DomainInfo Translate(DomainInfo d) => d with { Name = Maybe(d.Name)!, Description = Maybe(d.Description)! };

    public InstrumentInfo Translate(InstrumentInfo i) => i with { Name = Maybe(i.Name)!, RespondentType = Maybe(i.RespondentType)! };

    public CapabilityInfo Translate(CapabilityInfo c) => c with
    {
        Name = Maybe(c.Name)!,
        Description = Maybe(c.Description)!,
        WhyItMatters = Maybe(c.WhyItMatters)!,
        Phases = c.Phases is null ? c.Phases! : new MaturityDescriptors(Maybe(c.Phases.Phase1)!, Maybe(c.Phases.Phase2)!, Maybe(c.Phases.Phase3)!, Maybe(c.Phases.Phase4)!),
    };

    public QuestionInfo Translate(QuestionInfo q) => q with
    {
        Text = Maybe(q.Text)!,
        Help = Maybe(q.Help),
        Options = q.Options is null ? q.Options! : [.. q.Options.Select(o => o is null ? o! : o with { Label = Maybe(o.Label)! })],
    };

    public IndicatorInfo Translate(IndicatorInfo i) => i with
    {
        Name = Maybe(i.Name)!,
        Measures = Maybe(i.Measures)!,
        Unit = Maybe(i.Unit)!,
        Metadata = i.Metadata is null ? i.Metadata! : new IndicatorMetadata(Maybe(i.Metadata.Purpose)!, Maybe(i.Metadata.Computation)!, Maybe(i.Metadata.Limitations)!),
    };

    public ChartInfo Translate(ChartInfo c) => c with { Title = Maybe(c.Title)! };

    public VisualizationInfo Translate(VisualizationInfo v) => v with { Title = Maybe(v.Title)!, Description = Maybe(v.Description)! };

    public ReportSectionInfo Translate(ReportSectionInfo s) => s with
    {
        Introduction = s.Introduction is null ? s.Introduction! : [.. s.Introduction.Select(Maybe)!],
        Findings = s.Findings is null ? s.Findings! : [.. s.Findings.Select(f => f is null ? f! : f with { Text = Maybe(f.Text)! })],
    };

    // Content rules report nulls with their own messages; translation leaves them for the rules to find.
    private LocalizedText? Maybe(LocalizedText? text) => text is null ? null : translate(text);
}
