using MnrPlatform.Data.Surveys.Profiles;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Tests.Profiles;

/// <summary>Strengths and areas to look at: a full phase from the shown median, or reported not in place.</summary>
public sealed class ProfileFindingsTests
{
    private static readonly IncomeGroupMedians Medians = new("test-round", "Low income", 5, new Dictionary<string, GroupMedian>(StringComparer.Ordinal)
    {
        ["a"] = new("a", 8, 2.0, false),
        ["b"] = new("b", 8, 2.5, false),
        ["c"] = new("c", 8, 2.5, false),
        ["d"] = new("d", 8, 2.0, false),
        ["e"] = new("e", 3, null, true),
        ["f"] = new("f", 8, 3.0, false),
    });

    [Fact]
    public void A_capability_a_full_phase_above_the_median_is_a_strength_and_one_below_an_area_to_look_at()
    {
        var profile = IncomeGroupMedianTests.Profile(("a", 3, null), ("b", 4, null), ("c", 3, null), ("d", 1, null), ("f", 1, null));

        var strengths = ProfileFindings.Strengths(profile, Medians);
        var areas = ProfileFindings.AreasToLookAt(profile, Medians);

        // b is 1.5 above, a exactly 1 above (largest first); c is half a phase above: not a finding.
        Assert.Equal(["b", "a"], strengths.Select(s => s.CapabilityCode));
        Assert.All(strengths, s => Assert.Equal(FindingKind.Strength, s.Kind));
        Assert.Equal(["f", "d"], areas.Select(a => a.CapabilityCode));
        Assert.Equal((1, 3.0), (areas[0].Phase!.Value, areas[0].Median!.Value));
    }

    [Fact]
    public void A_hidden_median_makes_no_finding()
    {
        var profile = IncomeGroupMedianTests.Profile(("e", 4, null), ("g", 1, null));

        Assert.Empty(ProfileFindings.Strengths(profile, Medians));
        Assert.Empty(ProfileFindings.AreasToLookAt(profile, Medians));
    }

    [Fact]
    public void Capabilities_reported_not_in_place_are_areas_to_look_at_even_without_medians()
    {
        var profile = IncomeGroupMedianTests.Profile(("a", null, AnswerCodes.No), ("b", null, AnswerCodes.Yes), ("c", null, AnswerCodes.DontKnow), ("d", 1, AnswerCodes.No));

        var withMedians = ProfileFindings.AreasToLookAt(profile, Medians);
        var without = ProfileFindings.AreasToLookAt(profile, null);

        Assert.Equal([("d", FindingKind.BelowMedian), ("a", FindingKind.NotInPlace), ("d", FindingKind.NotInPlace)], withMedians.Select(f => (f.CapabilityCode, f.Kind)));
        Assert.Equal(["a", "d"], without.Select(f => f.CapabilityCode));
        Assert.All(without, f => Assert.Equal(FindingKind.NotInPlace, f.Kind));
    }
}
