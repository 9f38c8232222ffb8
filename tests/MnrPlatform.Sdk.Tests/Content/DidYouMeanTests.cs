using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Tests.Content;

public sealed class DidYouMeanTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("in-place", "in-plcae", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_counts_edits_with_a_swap_as_one(string a, string b, int expected)
    {
        Assert.Equal(expected, DidYouMean.Distance(a, b));
        Assert.Equal(expected, DidYouMean.Distance(b, a));
    }

    [Fact]
    public void The_closest_known_id_is_suggested_and_a_far_one_is_not()
    {
        string[] known = ["victim.helpline.in-place", "victim.helpline.phase-1", "victim.workforce.in-place"];

        Assert.Equal("victim.helpline.in-place", DidYouMean.Closest("victim.helplin.in-place", known));
        Assert.Equal(" Did you mean 'victim.helpline.phase-1'?", DidYouMean.Suffix("victim.helpline.phase-l", known));
        Assert.Null(DidYouMean.Closest("policy.leadership.in-place", known));
        Assert.Equal("", DidYouMean.Suffix("yes", []));
    }

    [Fact]
    public void A_question_pointing_at_a_mistyped_capability_is_offered_the_right_code()
    {
        var builder = new DomainBuilder();
        builder.Domain(new DomainInfo("victim", "Victim", "Support.", 3))
            .Capability(new CapabilityInfo("child-helpline", 11, "Child helpline", "A helpline.", "Children need it.", new MaturityDescriptors("1", "2", "3", "4")))
            .Question(new QuestionInfo { Id = "victim.child-helpline.in-place", CapabilityCode = "child-helpine", Text = "In place?", Kind = QuestionKind.YesNo, Instruments = ["government-survey"] });

        var problem = Assert.Single(builder.Validate());

        Assert.Equal("Question 'victim.child-helpline.in-place' points at capability 'child-helpine', which this plugin does not register. Did you mean 'child-helpline'?", problem);
    }
}
