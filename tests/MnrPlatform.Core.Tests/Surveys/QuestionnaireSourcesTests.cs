using System.Text.Json;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Surveys;

/// <summary>
/// A questionnaire built from an explicit list of questions (a secretariat instrument, a round's
/// selection) and read back from the snapshot frozen when a round opens.
/// </summary>
public sealed class QuestionnaireSourcesTests
{
    private static readonly MaturityDescriptors Phases = new(new LocalizedText("one").With("fr", "un"), "two", "three", "four");

    private static readonly FrameworkCatalog Catalog = new(
    [
        Plugin("second", 2, [Question("second.c.q", "c2")]),
        Plugin("first", 1,
        [
            Question("first.c.plan", "c1") with { Help = new LocalizedText("Say yes if adopted.").With("es", "Diga sí.") },
            Question("first.c.target", "c1") with { ShownWhen = new ShowWhen("first.c.plan", AnswerCodes.Yes) },
            Question("first.c.kind", "c1") with
            {
                Kind = QuestionKind.MultipleChoice,
                Options = [new("a", new LocalizedText("Option A").With("fr", "Option A (fr)")), new("b", "Option B")],
                Required = false,
                AllowDontKnow = true,
                AllowNotApplicable = true,
                Instruments = ["other-survey"],
            },
        ]),
    ]);

    [Fact]
    public void From_questions_it_keeps_the_catalog_order_of_domains_and_the_given_order_of_questions()
    {
        var questionnaire = Questionnaire.ForQuestions(Catalog, "picked", ["second.c.q", "first.c.kind", "first.c.plan"]);

        Assert.Equal("picked", questionnaire.InstrumentCode);
        Assert.Equal(["first", "second"], questionnaire.Domains.Select(d => d.Domain.Code));
        Assert.Equal(["first.c.kind", "first.c.plan", "second.c.q"], questionnaire.Questions.Select(q => q.Id));
    }

    [Fact]
    public void From_questions_a_conditional_question_brings_the_question_its_condition_reads_and_unknown_ids_are_left_out()
    {
        var questionnaire = Questionnaire.ForQuestions(Catalog, "picked", ["first.c.target", "dropped.by.a.plugin"]);

        Assert.Equal(["first.c.plan", "first.c.target"], questionnaire.Questions.Select(q => q.Id));
        Assert.True(questionnaire.IsShown(questionnaire.Question("first.c.target")!, new Dictionary<string, string> { ["first.c.plan"] = "yes" }));
    }

    [Fact]
    public void A_snapshot_reads_back_as_the_same_questionnaire_with_texts_translations_options_and_conditions()
    {
        var original = Questionnaire.ForQuestions(Catalog, "survey", ["first.c.plan", "first.c.target", "first.c.kind", "second.c.q"]);

        var read = QuestionnaireSnapshot.Read(QuestionnaireSnapshot.Write(original));

        Assert.Equal("survey", read.InstrumentCode);
        Assert.Equal(original.Domains.Select(d => d.Domain), read.Domains.Select(d => d.Domain));
        Assert.Equal(original.Domains.SelectMany(d => d.Capabilities).Select(c => c.Capability), read.Domains.SelectMany(d => d.Capabilities).Select(c => c.Capability));
        Assert.Equal("un", read.Domains[0].Capabilities[0].Capability.Phases.Phase1.Translations["fr"]);
        foreach (var (before, after) in original.Questions.Zip(read.Questions, (a, b) => (a, b)))
        {
            Assert.Equal(
                (before.Id, before.CapabilityCode, before.Text, before.Help, before.Kind, before.Required, before.ShownWhen, before.AllowDontKnow, before.AllowNotApplicable),
                (after.Id, after.CapabilityCode, after.Text, after.Help, after.Kind, after.Required, after.ShownWhen, after.AllowDontKnow, after.AllowNotApplicable));
            Assert.Equal(before.Options, after.Options);
            Assert.Equal(["survey"], after.Instruments);
        }

        Assert.Equal(4, read.Questions.Count());
        Assert.Equal("Diga sí.", read.Question("first.c.plan")!.Help!.Translations["es"]);
    }

    [Fact]
    public void A_snapshot_of_an_unknown_format_is_refused_with_the_format_named()
    {
        var json = QuestionnaireSnapshot.Write(Questionnaire.For(Catalog, "survey")).Replace("\"format\":1", "\"format\":99", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => QuestionnaireSnapshot.Read(json));

        Assert.Contains("format 99", error.Message, StringComparison.Ordinal);
    }

    private static QuestionInfo Question(string id, string capability) => new()
    {
        Id = id,
        CapabilityCode = capability,
        Text = new LocalizedText(id).With("fr", id + " (fr)"),
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
            new DomainInfo(domain, domain, new LocalizedText(domain).With("fr", domain + " (fr)"), order),
            [.. questions.Select(q => q.CapabilityCode).Distinct().Select(c => new CapabilityInfo(c, 0, c, c, c, Phases))],
            questions,
            [],
            []),
        [],
        TimeSpan.Zero);
}
