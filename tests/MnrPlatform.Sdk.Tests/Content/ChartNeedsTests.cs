using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Tests.Content;

/// <summary>Each chart gets the indicators its kind needs, and the problem says which; an undefined kind is refused.</summary>
public sealed class ChartNeedsTests
{
    private const string Capability = "helpline";
    private const string PhaseQuestion = "victim.helpline.maturity.phase";
    private const string InPlaceQuestion = "victim.helpline.review.in-place";

    private static IndicatorInfo Indicator(string id, CountryRule numerator, string capability = Capability) => new()
    {
        Id = id,
        CapabilityCode = capability,
        Name = id,
        Measures = "Per cent of the countries that answered.",
        Numerator = numerator,
        Denominator = CountryRule.Answered(numerator.QuestionIds.First()),
        Metadata = new IndicatorMetadata("purpose", "computation", "limitations"),
    };

    private static string Phase(int phase) => $"victim.helpline.phase-{phase}";

    /// <summary>A capability with a review question, a phase question, the four phase indicators, phase-3-or-above and in-place.</summary>
    private static DomainBuilder Domain(params ChartInfo[] charts)
    {
        var builder = new DomainBuilder();
        builder.Domain(new DomainInfo("victim", "Victim", "Support for children.", 3))
            .Capability(new CapabilityInfo(Capability, 11, "Child helpline", "A helpline.", "Children need it.", new MaturityDescriptors("1", "2", "3", "4")))
            .Question(new QuestionInfo { Id = InPlaceQuestion, CapabilityCode = Capability, Text = "In place?", Kind = QuestionKind.YesNo, Instruments = ["government-survey"] })
            .Question(new QuestionInfo { Id = PhaseQuestion, CapabilityCode = Capability, Text = "Phase?", Kind = QuestionKind.MaturityPhase, Instruments = ["maturity-self-assessment"] })
            .Indicator(Indicator("victim.helpline.in-place", CountryRule.Answering(InPlaceQuestion, AnswerCodes.Yes)))
            .Indicator(Indicator("victim.helpline.phase-3-or-above", CountryRule.AtPhaseOrAbove(PhaseQuestion, 3)));
        for (var p = 1; p <= 4; p++)
        {
            builder.Indicator(Indicator(Phase(p), CountryRule.Answering(PhaseQuestion, p.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        foreach (var chart in charts)
        {
            builder.Chart(chart);
        }

        return builder;
    }

    private static ChartInfo Chart(ChartKind kind, params string[] indicatorIds) =>
        new() { Id = "victim.chart.test", Title = "Test", Kind = kind, IndicatorIds = indicatorIds, SecretariatOnly = kind == ChartKind.Choropleth };

    [Fact]
    public void Charts_given_what_their_kinds_need_pass()
    {
        var problems = Domain(
            Chart(ChartKind.StackedShares, "victim.helpline.in-place") with { Id = "victim.chart.a" },
            Chart(ChartKind.SharesByIncomeGroup, "victim.helpline.in-place") with { Id = "victim.chart.b" },
            Chart(ChartKind.PhaseDistribution, Phase(1), Phase(2), Phase(3), Phase(4)) with { Id = "victim.chart.c" },
            Chart(ChartKind.PhaseRadar, "victim.helpline.phase-3-or-above") with { Id = "victim.chart.d" },
            Chart(ChartKind.Choropleth, "victim.helpline.in-place") with { Id = "victim.chart.e" }).Validate();

        Assert.Empty(problems);
    }

    [Fact]
    public void An_undefined_kind_is_refused_naming_the_kinds_there_are()
    {
        var problem = Assert.Single(Domain(Chart((ChartKind)99, "victim.helpline.in-place")).Validate());

        Assert.Equal(
            "Chart 'victim.chart.test' has Kind 99, which is not a ChartKind: the host would draw nothing. Use one of StackedShares, SharesByIncomeGroup, PhaseDistribution, PhaseRadar, Choropleth.",
            problem);
    }

    [Fact]
    public void A_phase_distribution_given_a_phase_or_above_share_says_which_indicators_it_needs()
    {
        // The case: drawn, this showed "Phase 1: 55 %".
        var problems = Domain(Chart(ChartKind.PhaseDistribution, "victim.helpline.phase-3-or-above")).Validate();

        var problem = Assert.Single(problems);
        Assert.StartsWith("Chart 'victim.chart.test' (PhaseDistribution) shows indicator 'victim.helpline.phase-3-or-above', which is not the share at one phase: it needs", problem, StringComparison.Ordinal);
        Assert.Contains("it needs the four indicators of each capability it shows whose ids end in '.phase-1' to '.phase-4'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phase_distribution_missing_phases_names_them_per_capability()
    {
        var problem = Assert.Single(Domain(Chart(ChartKind.PhaseDistribution, Phase(1), Phase(3))).Validate());

        Assert.StartsWith("Chart 'victim.chart.test' (PhaseDistribution) lacks, for capability 'helpline', the indicator(s) ending in '.phase-2', '.phase-4':", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phase_indicator_that_counts_another_answer_is_named()
    {
        var builder = Domain();
        builder.Indicator(Indicator("victim.other.phase-2", CountryRule.Answering(PhaseQuestion, "3"), capability: Capability));
        builder.Chart(Chart(ChartKind.PhaseDistribution, Phase(1), "victim.other.phase-2", Phase(3), Phase(4)));

        var problem = Assert.Single(builder.Validate());
        Assert.Contains("shows 'victim.other.phase-2' as phase 2, but that indicator does not count answer \"2\" to a MaturityPhase question", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_takes_phases_by_id_ending_whatever_order_the_chart_lists_them_in()
    {
        var indicators = Domain().Build().Indicators;
        var byId = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);

        var row = Assert.Single(ChartNeeds.PhaseRows([byId[Phase(4)], byId["victim.helpline.phase-3-or-above"], byId[Phase(2)], byId[Phase(1)], byId[Phase(3)]]));

        Assert.Equal(Capability, row.CapabilityCode);
        Assert.Equal([Phase(1), Phase(2), Phase(3), Phase(4)], row.Phases.Select(i => i!.Id));
    }

    [Fact]
    public void A_radar_needs_one_indicator_per_capability_reading_its_phase_question()
    {
        var problems = Domain(Chart(ChartKind.PhaseRadar, "victim.helpline.in-place", "victim.helpline.phase-3-or-above")).Validate();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Chart 'victim.chart.test' (PhaseRadar) shows indicator 'victim.helpline.in-place', which reads no MaturityPhase question of capability 'helpline'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("shows 2 indicators of capability 'helpline'", StringComparison.Ordinal) && p.Contains("one spoke per capability", StringComparison.Ordinal));
    }

    [Fact]
    public void A_map_needs_exactly_one_indicator()
    {
        var problem = Assert.Single(Domain(Chart(ChartKind.Choropleth, "victim.helpline.in-place", "victim.helpline.phase-3-or-above")).Validate());

        Assert.Equal("Chart 'victim.chart.test' (Choropleth) shows 2 indicators: it needs exactly one indicator, mapped by country, and SecretariatOnly = true. Make one map per indicator.", problem);
    }

    [Fact]
    public void An_unknown_indicator_gets_a_did_you_mean()
    {
        var problem = Assert.Single(Domain(Chart(ChartKind.StackedShares, "victim.helpline.in-plcae")).Validate());

        Assert.Equal("Chart 'victim.chart.test' (StackedShares) shows indicator 'victim.helpline.in-plcae', which this plugin does not register. Did you mean 'victim.helpline.in-place'?", problem);
    }

    [Theory]
    [InlineData(ChartKind.StackedShares)]
    [InlineData(ChartKind.SharesByIncomeGroup)]
    [InlineData(ChartKind.PhaseDistribution)]
    [InlineData(ChartKind.PhaseRadar)]
    [InlineData(ChartKind.Choropleth)]
    public void An_empty_chart_is_told_what_its_kind_needs(ChartKind kind)
    {
        var problem = Assert.Single(Domain(Chart(kind)).Validate());

        Assert.Equal($"Chart 'victim.chart.test' ({kind}) shows no indicator: it needs {ChartNeeds.Describe(kind)}.", problem);
    }
}
