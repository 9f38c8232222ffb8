using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Tests;

public sealed class CapabilityTests
{
    /// <summary>The 2016 MNR numbering, per DOMAIN.md.</summary>
    private static readonly (int Number, string Code, string Domain)[] Mnr =
    [
        (1, "leadership", "policy"),
        (2, "research-monitoring", "policy"),
        (3, "legislation", "policy"),
        (4, "law-enforcement", "criminal-justice"),
        (5, "judiciary-prosecutors", "criminal-justice"),
        (6, "offender-management", "criminal-justice"),
        (7, "image-databases", "criminal-justice"),
        (8, "end-to-end-support", "victim"),
        (9, "child-protection-workforce", "victim"),
        (10, "remedies-complaints", "victim"),
        (11, "child-helpline", "victim"),
        (12, "reporting-hotline", "societal"),
        (13, "education-programme", "societal"),
        (14, "child-participation", "societal"),
        (15, "offender-support", "societal"),
        (16, "takedown-procedures", "industry"),
        (17, "industry-reporting", "industry"),
        (18, "innovative-solutions", "industry"),
        (19, "corporate-social-responsibility", "industry"),
        (20, "ethical-media-reporting", "media"),
        (21, "universal-terminology", "media"),
    ];

    private static IEnumerable<(DomainContent Domain, CapabilityInfo Capability)> Capabilities =>
        Plugins.Content.SelectMany(d => d.Capabilities.Select(c => (d, c)));

    [Fact]
    public void The_plugins_together_cover_the_21_mnr_capabilities_once_each_in_their_domain()
    {
        var actual = Capabilities
            .Select(x => (x.Capability.MnrNumber, x.Capability.Code, x.Domain.Domain.Code))
            .OrderBy(x => x.MnrNumber)
            .ToList();

        Assert.Equal(Mnr, actual);
    }

    [Fact]
    public void Every_capability_describes_itself_and_its_four_phases()
    {
        foreach (var (_, capability) in Capabilities)
        {
            var phases = Enumerable.Range(1, MaturityDescriptors.PhaseCount).Select(p => capability.Phases[p].English).ToList();

            Assert.All(phases, p => Assert.False(string.IsNullOrWhiteSpace(p), capability.Code));
            Assert.Equal(MaturityDescriptors.PhaseCount, phases.Distinct(StringComparer.Ordinal).Count());
            Assert.False(string.IsNullOrWhiteSpace(capability.Name.English), capability.Code);
            Assert.False(string.IsNullOrWhiteSpace(capability.Description.English), capability.Code);
            Assert.False(string.IsNullOrWhiteSpace(capability.WhyItMatters.English), capability.Code);
            Assert.NotEqual(capability.Description, capability.WhyItMatters);
        }
    }

    [Fact]
    public void Every_capability_has_one_required_maturity_phase_question_always_shown()
    {
        foreach (var (domain, capability) in Capabilities)
        {
            var phase = Assert.Single(domain.Questions, q =>
                q.CapabilityCode == capability.Code && q.Kind == QuestionKind.MaturityPhase && q.Required && q.ShownWhen is null);

            Assert.Equal([Plugins.MaturitySelfAssessment], phase.Instruments);
        }
    }

    [Fact]
    public void Every_capability_has_evidence_and_an_optional_action_plan_in_the_self_assessment()
    {
        string[] fields = ["phase", "evidence", "plan", "target-phase", "actions", "owner", "timeline", "support-wanted"];
        foreach (var (domain, capability) in Capabilities)
        {
            var prefix = $"{domain.Domain.Code}.{capability.Code}.maturity.";
            var questions = domain.Questions.Where(q => q.Id.StartsWith(prefix, StringComparison.Ordinal)).ToList();

            Assert.Equal(fields, questions.Select(q => q.Id[prefix.Length..]));
            Assert.All(questions, q => Assert.Equal(capability.Code, q.CapabilityCode));
            Assert.All(questions, q => Assert.Equal([Plugins.MaturitySelfAssessment], q.Instruments));
            Assert.All(questions.Skip(1), q => Assert.False(q.Required, q.Id));
            Assert.Equal(QuestionKind.MaturityPhase, questions.Single(q => q.Id.EndsWith(".target-phase", StringComparison.Ordinal)).Kind);
            Assert.All(questions.Skip(3), q => Assert.Equal(new ShowWhen(prefix + "plan", AnswerCodes.Yes), q.ShownWhen));
        }
    }

    [Fact]
    public void Every_capability_has_phase_indicators_over_its_phase_question()
    {
        foreach (var (domain, capability) in Capabilities)
        {
            var phaseQuestion = $"{domain.Domain.Code}.{capability.Code}.maturity.phase";
            var indicators = domain.Indicators.Where(i => i.CapabilityCode == capability.Code && i.Numerator.QuestionIds.Contains(phaseQuestion)).ToList();

            Assert.Equal(
                [.. Enumerable.Range(1, 4).Select(p => CountryRule.Answering(phaseQuestion, $"{p}")), CountryRule.AtPhaseOrAbove(phaseQuestion, 3)],
                indicators.Select(i => i.Numerator));
            Assert.All(indicators, i => Assert.Equal(CountryRule.Answered(phaseQuestion), i.Denominator));
        }
    }
}
