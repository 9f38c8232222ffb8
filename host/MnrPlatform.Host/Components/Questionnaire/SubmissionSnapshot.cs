using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;
using QuestionnaireModel = MnrPlatform.Core.Surveys.Questionnaire;

namespace MnrPlatform.Host.Components.Questionnaire;

/// <summary>
/// A <see cref="SubmissionView"/> without its questionnaire (which the round gives again), so the
/// page can carry what it read while prerendering into its circuit: the answers are read, and the
/// read audited, once per visit.
/// </summary>
public sealed record SubmissionSnapshot(
    SubmissionKey Key,
    string RoundName,
    RoundStatus RoundStatus,
    string? SyntheticDataLabel,
    InstrumentView Instrument,
    string CountryName,
    bool Started,
    SubmissionStatus Status,
    DateTimeOffset? UpdatedAt,
    IReadOnlyDictionary<string, AnswerView> Answers,
    IReadOnlyList<SubmissionEventView> Events,
    bool CanEdit,
    bool CanSubmit,
    bool CanReview,
    bool CanReopen)
{
    /// <summary>What <paramref name="view"/> holds besides its questionnaire.</summary>
    public static SubmissionSnapshot Of(SubmissionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Key, view.RoundName, view.RoundStatus, view.SyntheticDataLabel, view.Instrument, view.CountryName, view.Started,
            view.Status, view.UpdatedAt, view.Answers, view.Events, view.CanEdit, view.CanSubmit, view.CanReview, view.CanReopen)
        {
            CarriedFromRounds = view.CarriedFromRounds,
        };
    }

    /// <summary>Round code → name of the rounds answers were carried forward from.</summary>
    public IReadOnlyDictionary<string, string> CarriedFromRounds { get; init; } = new Dictionary<string, string>();

    /// <summary>The view again, with its questionnaire.</summary>
    public SubmissionView View(QuestionnaireModel questionnaire) =>
        new(Key, RoundName, RoundStatus, SyntheticDataLabel, Instrument, CountryName, Started, Status, UpdatedAt, questionnaire,
            Answers, Events, CanEdit, CanSubmit, CanReview, CanReopen)
        {
            CarriedFromRounds = CarriedFromRounds,
        };
}
