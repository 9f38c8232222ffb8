using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Surveys;

/// <summary>An instrument's questionnaire: which questions it has, which a set of answers shows, what is missing, progress.</summary>
public sealed class QuestionnaireTests
{
    private static readonly MaturityDescriptors Phases = new("one", "two", "three", "four");

    private static readonly FrameworkCatalog Catalog = new(
    [
        Plugin("second", 2, [Question("second.c.q", "c2")]),
        Plugin("first", 1,
        [
            Question("first.c.plan", "c1"),
            Question("first.c.target", "c1") with { ShownWhen = new ShowWhen("first.c.plan", AnswerCodes.Yes) },
            Question("first.c.owner", "c1") with { ShownWhen = new ShowWhen("first.c.target", AnswerCodes.Yes), Required = false },
            Question("first.c.other", "c1") with { Instruments = ["another"] },
        ]),
    ]);

    private static readonly Questionnaire Survey = Questionnaire.For(Catalog, "survey");

    [Fact]
    public void It_holds_the_instruments_questions_in_domain_order()
    {
        Assert.Equal(["first", "second"], Survey.Domains.Select(d => d.Domain.Code));
        Assert.Equal(["first.c.plan", "first.c.target", "first.c.owner", "second.c.q"], Survey.Questions.Select(q => q.Id));
        Assert.Null(Survey.Question("first.c.other"));
        Assert.True(Questionnaire.For(Catalog, "nobody-asks-this").IsEmpty);
    }

    [Fact]
    public void A_conditional_question_shows_only_while_its_condition_and_its_parents_hold()
    {
        var target = Survey.Question("first.c.target")!;
        var owner = Survey.Question("first.c.owner")!;

        Assert.False(Survey.IsShown(target, Answers()));
        Assert.True(Survey.IsShown(target, Answers(("first.c.plan", "yes"))));
        Assert.False(Survey.IsShown(owner, Answers(("first.c.plan", "no"), ("first.c.target", "yes"))));
        Assert.True(Survey.IsShown(owner, Answers(("first.c.plan", "yes"), ("first.c.target", "yes"))));
    }

    [Fact]
    public void Missing_lists_shown_required_questions_without_an_answer_and_progress_counts_per_domain()
    {
        var answers = Answers(("first.c.plan", "yes"));

        Assert.Equal(["first.c.target", "second.c.q"], Survey.Missing(answers).Select(q => q.Id));
        Assert.Equal([("first", 1, 2), ("second", 0, 1)], Survey.Progress(answers).Select(p => (p.DomainCode, p.Answered, p.Shown)));
        Assert.Empty(Survey.Missing(Answers(("first.c.plan", "no"), ("second.c.q", "yes"))));
    }

    private static Dictionary<string, string> Answers(params (string Id, string Value)[] answers) =>
        answers.ToDictionary(a => a.Id, a => a.Value, StringComparer.Ordinal);

    private static QuestionInfo Question(string id, string capability) => new()
    {
        Id = id,
        CapabilityCode = capability,
        Text = id,
        Kind = QuestionKind.YesNo,
        Instruments = ["survey"],
    };

    private static InstalledPlugin Plugin(string domain, int order, QuestionInfo[] questions) => new(
        $"plugins/{domain}",
        null,
        PluginStatus.Active,
        "",
        [],
        new DomainContent(
            new DomainInfo(domain, domain, domain, order),
            [.. questions.Select(q => q.CapabilityCode).Distinct().Select(c => new CapabilityInfo(c, 0, c, c, c, Phases))],
            questions,
            [],
            []),
        [],
        TimeSpan.Zero);
}
