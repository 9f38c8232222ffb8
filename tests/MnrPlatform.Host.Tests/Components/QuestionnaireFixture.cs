using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;
using QuestionnaireModel = MnrPlatform.Core.Surveys.Questionnaire;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>The maturity self-assessment of the six domain plugins (from the test's plugins folder) and a draft of Kenya's to show it with.</summary>
internal static class QuestionnaireFixture
{
    public const string Instrument = "maturity-self-assessment";
    public const string LeadershipPhase = "policy.leadership.maturity.phase";
    public const string LeadershipPlan = "policy.leadership.maturity.plan";
    public const string LeadershipTarget = "policy.leadership.maturity.target-phase";
    public const string LeadershipEvidence = "policy.leadership.maturity.evidence";

    public static QuestionnaireModel Questionnaire => QuestionnaireModel.For(PluginCatalog.Shared, Instrument);

    /// <summary>Kenya's draft in an open round, with <paramref name="answers"/> stored.</summary>
    public static SubmissionView Draft(IReadOnlyDictionary<string, AnswerView>? answers = null) =>
        new(new SubmissionKey("open-round", "KEN", Instrument), "Open round", RoundStatus.Open, null, new InstrumentView(Instrument, "Maturity self-assessment", null),
            "Kenya", answers is not null, SubmissionStatus.Draft, null, Questionnaire, answers ?? new Dictionary<string, AnswerView>(), [], true, true, false, false);
}
