using MnrPlatform.Analytics.Inputs;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Reference;

namespace MnrPlatform.Analytics.Tests.Inputs;

public sealed class RoundProfileBuilderTests
{
    private const string Helpline = "child-helpline";
    private const string Legislation = "legislation";
    private const string Hotline = "reporting-hotline";

    private static IReadOnlyList<string> Codes => DomainPlugins.CapabilityCodes;

    [Fact]
    public void The_framework_has_every_catalog_capability_in_domain_then_registration_order()
    {
        var built = Build(SelfAssessed("KEN", 2));
        var framework = built.Profiles.Framework;

        Assert.Equal(21, framework.Count);
        Assert.Equal(Codes, framework.Capabilities.Select(c => c.Code));
        Assert.Equal(["policy", "criminal-justice", "victim", "societal", "industry", "media"], framework.Domains);
        Assert.Equal([3, 4, 4, 4, 4, 2], framework.DomainSizes);
        Assert.Equal("Child helpline", framework.Capabilities[framework.IndexOf(Helpline)].Name);
        Assert.Equal("victim", framework.Capabilities[framework.IndexOf(Helpline)].DomainCode);
    }

    [Fact]
    public void Maturity_phases_become_phase_values()
    {
        var kenya = Respondent("KEN", Phases(p => p == Helpline ? "1" : "3"), IncomeGroup.LowerMiddle, "Africa");
        var brazil = SelfAssessed("BRA", 4);

        var built = Build(kenya, brazil);
        var set = built.Profiles;

        Assert.All(set.Framework.Capabilities, c => Assert.Equal(CapabilityScale.Phases, c.Scale));
        Assert.All(built.Sources, s => Assert.Equal(ProfileSource.MaturityPhase, s.Source));
        Assert.All(built.Sources, s => Assert.Equal(2, s.ValueCount));
        Assert.Equal(DomainPlugins.PhaseQuestion(Helpline), built.Sources[set.Framework.IndexOf(Helpline)].QuestionId);
        var ken = set.IndexOf("KEN");
        Assert.Equal(ProfileValues.FromPhase(1), set.ValueOf(ken, set.Framework.IndexOf(Helpline)));
        Assert.Equal(ProfileValues.FromPhase(3), set.ValueOf(ken, set.Framework.IndexOf(Hotline)));
        Assert.Equal(1.0, set.ValueOf(set.IndexOf("BRA"), set.Framework.IndexOf(Hotline)));
    }

    [Fact]
    public void Review_answers_become_in_place_values_and_capabilities_without_a_question_are_missing_for_everyone()
    {
        var kenya = Respondent("KEN", InPlace(c => c switch
        {
            Helpline => "yes",
            Hotline => "no",
            "leadership" => "dont-know",
            "research-monitoring" => "not-applicable",
            "education-programme" => null,
            _ => "yes",
        }));
        var chile = Respondent("CHL", InPlace(_ => "no"));

        var built = Build(kenya, chile);
        var set = built.Profiles;
        var ken = set.IndexOf("KEN");

        Assert.Equal(1.0, Value(set, ken, Helpline));
        Assert.Equal(0.0, Value(set, ken, Hotline));
        Assert.Null(Value(set, ken, "leadership"));
        Assert.Null(Value(set, ken, "research-monitoring"));
        Assert.Null(Value(set, ken, "education-programme"));
        Assert.Equal(CapabilityScale.InPlace, set.Framework.Capabilities[set.Framework.IndexOf(Helpline)].Scale);
        Assert.Equal(new CapabilitySource(Helpline, ProfileSource.InPlace, DomainPlugins.InPlaceQuestion(Helpline), 2), Source(built, Helpline));
        Assert.Equal(1, Source(built, "leadership").ValueCount);

        // The review asked no in-place question on these three: missing for everyone, nominally phases.
        string[] without = [Legislation, "industry-reporting", "corporate-social-responsibility"];
        Assert.Equal(without.Order(StringComparer.Ordinal), built.Sources.Where(s => s.Source == ProfileSource.None).Select(s => s.CapabilityCode).Order(StringComparer.Ordinal));
        foreach (var code in without)
        {
            Assert.Equal(new CapabilitySource(code, ProfileSource.None, null, 0), Source(built, code));
            Assert.Null(Value(set, ken, code));
            Assert.Equal(CapabilityScale.Phases, set.Framework.Capabilities[set.Framework.IndexOf(code)].Scale);
        }
    }

    [Fact]
    public void Each_capability_is_read_from_what_the_round_holds_and_the_scales_are_never_mixed()
    {
        // KEN self-assessed the helpline only; both answered the review's in-place questions.
        var kenya = Respondent("KEN", new Dictionary<string, string?>(InPlace(_ => "yes")) { [DomainPlugins.PhaseQuestion(Helpline)] = "2" });
        var chile = Respondent("CHL", InPlace(_ => "no"));

        var built = Build(kenya, chile);
        var set = built.Profiles;

        Assert.Equal(ProfileSource.MaturityPhase, Source(built, Helpline).Source);
        Assert.Equal(CapabilityScale.Phases, set.Framework.Capabilities[set.Framework.IndexOf(Helpline)].Scale);
        Assert.Equal(ProfileValues.FromPhase(2), Value(set, set.IndexOf("KEN"), Helpline));
        Assert.Null(Value(set, set.IndexOf("CHL"), Helpline));
        Assert.Equal(ProfileSource.InPlace, Source(built, Hotline).Source);
        Assert.Equal(0.0, Value(set, set.IndexOf("CHL"), Hotline));
    }

    [Fact]
    public void A_target_phase_is_not_a_current_phase_and_malformed_phases_are_missing()
    {
        var planner = Respondent("KEN", new Dictionary<string, string?>
        {
            [DomainPlugins.TargetPhaseQuestion(Helpline)] = "4",
            [DomainPlugins.PhaseQuestion(Hotline)] = "5",
            [DomainPlugins.PhaseQuestion("leadership")] = "x",
            [DomainPlugins.PhaseQuestion(Legislation)] = " 2",
            [DomainPlugins.PhaseQuestion("research-monitoring")] = "3",
        });

        var built = Build(planner);
        var set = built.Profiles;

        Assert.Equal(ProfileSource.None, Source(built, Helpline).Source);
        Assert.Equal(ProfileSource.None, Source(built, Hotline).Source);
        Assert.Equal(ProfileSource.None, Source(built, "leadership").Source);
        Assert.Equal(ProfileSource.None, Source(built, Legislation).Source);
        Assert.Equal(ProfileValues.FromPhase(3), Value(set, 0, "research-monitoring"));
        Assert.Single(built.Sources, s => s.Source != ProfileSource.None);
    }

    [Fact]
    public void An_answer_with_several_values_is_missing()
    {
        var answers = new CountryAnswers("KEN", new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [DomainPlugins.PhaseQuestion(Helpline)] = ["2", "3"],
            [DomainPlugins.PhaseQuestion(Hotline)] = ["2"],
        });

        var built = RoundProfileBuilder.Build("r", DomainPlugins.Catalog, [new Respondent(answers, [], null, null)]);

        Assert.Equal(ProfileSource.None, Source(built, Helpline).Source);
        Assert.Equal(ProfileValues.FromPhase(2), Value(built.Profiles, 0, Hotline));
    }

    [Fact]
    public void Attributes_carry_region_and_income_group_code_and_units_without_any_value_are_left_out()
    {
        var kenya = Respondent("KEN", Phases(_ => "2"), IncomeGroup.LowerMiddle, "Africa");
        var japan = Respondent("JPN", Phases(_ => "4"), IncomeGroup.High, "Asia");
        var unclassified = Respondent("XKX", Phases(_ => "1"), null, null);
        var silent = Respondent("FJI", new Dictionary<string, string?> { [DomainPlugins.PhaseQuestion(Helpline) + "-evidence"] = "text" });

        var built = Build(kenya, japan, unclassified, silent);

        Assert.Equal(["JPN", "KEN", "XKX"], built.Profiles.UnitCodes);
        Assert.Equal(
            [new("JPN", "Asia", "H"), new("KEN", "Africa", "LM"), new("XKX", null, null)],
            built.Attributes);
        Assert.Equal(["FJI"], built.UnitsWithoutValues);
        Assert.Equal("2023-self-assessment", built.Profiles.RoundLabel);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_respondents()
    {
        var a = SelfAssessed("KEN", 2);
        var b = Respondent("BRA", Phases(c => c == Hotline ? "1" : "4"));
        var c = SelfAssessed("ZAF", 3);

        var forward = Build(a, b, c);
        var backward = Build(c, b, a);

        Assert.Equal(forward.Profiles.UnitCodes, backward.Profiles.UnitCodes);
        Assert.Equal(forward.Attributes, backward.Attributes);
        Assert.Equal(forward.Sources, backward.Sources);
        for (var unit = 0; unit < forward.Profiles.Count; unit++)
        {
            for (var capability = 0; capability < forward.Profiles.Framework.Count; capability++)
            {
                Assert.Equal(forward.Profiles.ValueOf(unit, capability), backward.Profiles.ValueOf(unit, capability));
            }
        }
    }

    [Fact]
    public void Two_respondents_for_one_country_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Build(SelfAssessed("KEN", 2), SelfAssessed("KEN", 3)));
    }

    private static RoundProfiles Build(params Respondent[] respondents) =>
        RoundProfileBuilder.Build("2023-self-assessment", DomainPlugins.Catalog, respondents);

    private static double? Value(ProfileSet set, int unit, string capability) => set.ValueOf(unit, set.Framework.IndexOf(capability));

    private static CapabilitySource Source(RoundProfiles built, string capability) => Assert.Single(built.Sources, s => s.CapabilityCode == capability);

    private static Respondent SelfAssessed(string iso3, int phase) =>
        Respondent(iso3, Phases(_ => phase.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static Dictionary<string, string?> Phases(Func<string, string?> phaseOf) =>
        Codes.ToDictionary(DomainPlugins.PhaseQuestion, phaseOf, StringComparer.Ordinal);

    // The review asked an in-place question on 18 of the 21 capabilities.
    private static Dictionary<string, string?> InPlace(Func<string, string?> answerOf) =>
        Codes.Where(c => DomainPlugins.Catalog.Question(DomainPlugins.InPlaceQuestion(c)) is not null)
            .ToDictionary(DomainPlugins.InPlaceQuestion, answerOf, StringComparer.Ordinal);

    // A null answer is no answer at all.
    private static Respondent Respondent(string iso3, Dictionary<string, string?> answers, IncomeGroup? income = null, string? region = null) =>
        new(
            new CountryAnswers(iso3, answers.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => (IReadOnlyList<string>)[a.Value!], StringComparer.Ordinal)),
            ["maturity-self-assessment"],
            income,
            region);
}
