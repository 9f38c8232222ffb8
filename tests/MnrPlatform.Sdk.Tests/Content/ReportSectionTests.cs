using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Tests.Content;

/// <summary>A plugin's report section: its templates are checked when the content is built.</summary>
public sealed class ReportSectionTests
{
    private const string Helpline = "victim.helpline.in-place";

    private static DomainBuilder Domain(params ReportSectionInfo[] sections)
    {
        var builder = new DomainBuilder();
        builder.Domain(new DomainInfo("victim", "Victim", "Support for children and victims.", 3))
            .Capability(new CapabilityInfo("helpline", 11, "Child helpline", "A national helpline.", "Children need somewhere to turn.", new MaturityDescriptors("1", "2", "3", "4")))
            .Question(new QuestionInfo { Id = "victim.helpline.review.in-place", CapabilityCode = "helpline", Text = "Is there a helpline?", Kind = QuestionKind.YesNo, Instruments = ["government-survey"] })
            .Indicator(new IndicatorInfo
            {
                Id = Helpline,
                CapabilityCode = "helpline",
                Name = "Child helpline",
                Measures = "Share answering yes.",
                Numerator = CountryRule.Answering("victim.helpline.review.in-place", AnswerCodes.Yes),
                Denominator = CountryRule.Answered("victim.helpline.review.in-place"),
                Metadata = new IndicatorMetadata("purpose", "computation", "limitations"),
            });
        foreach (var section in sections)
        {
            builder.ReportSection(section);
        }

        return builder;
    }

    [Fact]
    public void A_valid_section_is_part_of_the_built_content_and_no_section_is_null()
    {
        var section = new ReportSectionInfo
        {
            Introduction = ["How countries support child victims."],
            Findings = [new FindingTemplate(Helpline, new LocalizedText("{countries} {share} have a national child helpline.").With("fr", "{countries} {share} ont une ligne d'assistance."))],
        };

        Assert.Same(section, Domain(section).Build().ReportSection);
        Assert.Null(Domain().Build().ReportSection);
    }

    [Fact]
    public void Every_broken_template_rule_is_named_with_the_indicator_and_the_fix()
    {
        var problems = Domain(new ReportSectionInfo
        {
            Findings =
            [
                new FindingTemplate("victim.unknown", "{countries} {share} do something."),
                new FindingTemplate(Helpline, "{share} have a helpline."),
                new FindingTemplate(Helpline, new LocalizedText("{countries} {share} have a helpline {n}.").With("fr", "{countries} {share} {share} { ont")),
            ],
        }).Validate();

        Assert.Equal(
            [
                "The report section has a finding for indicator 'victim.unknown', which this plugin does not register.",
                "The finding template of indicator 'victim.helpline.in-place' (en) holds {countries} 0 times: use it exactly once, so the finding names who is counted and the counts.",
                "The finding template of indicator 'victim.helpline.in-place' (en) holds the unknown placeholder {n}: only {countries} and {share} are filled in.",
                "The finding template of indicator 'victim.helpline.in-place' (fr) holds {share} 2 times: use it exactly once, so the finding names who is counted and the counts.",
                "The finding template of indicator 'victim.helpline.in-place' (fr) holds a stray brace: braces may only enclose {countries} or {share}.",
                "The report section has 2 finding templates for indicator 'victim.helpline.in-place': give one.",
            ],
            problems);
    }

    [Fact]
    public void A_second_section_is_refused()
    {
        var problems = Domain(new ReportSectionInfo(), new ReportSectionInfo()).Validate();

        Assert.Equal(["Call ReportSection(...) at most once; it was called 2 times."], problems);
    }

    [Fact]
    public void A_builder_written_against_sdk_1_0_accepts_a_section_and_ignores_it()
    {
        IDomainBuilder old = new BuilderWithoutSections();

        Assert.Same(old, old.ReportSection(new ReportSectionInfo()));
    }

    // An IDomainBuilder implemented before ReportSection existed: the interface's default applies.
    private sealed class BuilderWithoutSections : IDomainBuilder
    {
        public IDomainBuilder Domain(DomainInfo domain) => this;

        public IDomainBuilder Capability(CapabilityInfo capability) => this;

        public IDomainBuilder Question(QuestionInfo question) => this;

        public IDomainBuilder Indicator(IndicatorInfo indicator) => this;

        public IDomainBuilder Chart(ChartInfo chart) => this;

        public IDomainBuilder Visualization(MnrPlatform.Sdk.Visualizations.VisualizationInfo visualization) => this;
    }
}
