using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Tests.Content;

/// <summary>SDK 1.2: a plugin declares the instruments its questions belong to; the content rules check its own declarations.</summary>
public sealed class InstrumentDeclarationTests
{
    private static DomainBuilder Domain(params InstrumentInfo[] instruments)
    {
        var builder = new DomainBuilder();
        builder.Domain(new DomainInfo("victim", "Victim", "Support for children and victims.", 3))
            .Capability(new CapabilityInfo("helpline", 11, "Child helpline", "A national helpline.", "Children need somewhere to turn.", new MaturityDescriptors("1", "2", "3", "4")))
            .Question(new QuestionInfo { Id = "victim.helpline.review.in-place", CapabilityCode = "helpline", Text = "Is there a helpline?", Kind = QuestionKind.YesNo, Instruments = ["government-survey"] });
        foreach (var instrument in instruments)
        {
            builder.Instrument(instrument);
        }

        return builder;
    }

    [Fact]
    public void Declared_instruments_are_part_of_the_built_content_in_order()
    {
        var survey = new InstrumentInfo("government-survey", new LocalizedText("Government survey").With("fr", "Enquête gouvernementale"), "Government focal point");
        var maturity = new InstrumentInfo("maturity-self-assessment", "Maturity self-assessment", "National focal point");

        var content = Domain(survey, maturity).Build();

        Assert.Equal([survey, maturity], content.Instruments);
        Assert.Equal("Enquête gouvernementale", content.Instruments[0].Name.Translations["fr"]);
    }

    [Fact]
    public void A_plugin_that_declares_no_instrument_has_none()
    {
        Assert.Empty(Domain().Build().Instruments);
    }

    [Fact]
    public void An_instrument_declared_twice_is_a_problem_naming_its_code()
    {
        var survey = new InstrumentInfo("government-survey", "Government survey", "Government focal point");

        var problems = Domain(survey, survey with { Name = "Another name" }).Validate();

        Assert.Equal(["The instrument id 'government-survey' is registered 2 times: ids must be unique."], problems);
    }

    [Fact]
    public void An_instrument_code_that_is_not_stable_is_a_problem_naming_it()
    {
        var problems = Domain(new InstrumentInfo("Government Survey", "Government survey", "Government focal point")).Validate();

        var problem = Assert.Single(problems);
        Assert.Contains("'Government Survey' is not a stable code", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_builder_written_against_sdk_1_1_accepts_an_instrument_and_ignores_it()
    {
        IDomainBuilder old = new BuilderWithoutInstruments();

        Assert.Same(old, old.Instrument(new InstrumentInfo("government-survey", "Government survey", "Government focal point")));
    }

    // An IDomainBuilder implemented before Instrument existed: the interface's default applies.
    private sealed class BuilderWithoutInstruments : IDomainBuilder
    {
        public IDomainBuilder Domain(DomainInfo domain) => this;

        public IDomainBuilder Capability(CapabilityInfo capability) => this;

        public IDomainBuilder Question(QuestionInfo question) => this;

        public IDomainBuilder Indicator(IndicatorInfo indicator) => this;

        public IDomainBuilder Chart(ChartInfo chart) => this;

        public IDomainBuilder Visualization(MnrPlatform.Sdk.Visualizations.VisualizationInfo visualization) => this;
    }
}
