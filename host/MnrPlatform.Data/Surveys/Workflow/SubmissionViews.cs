using MnrPlatform.Core.Reference;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>A round's instrument as pages show it.</summary>
/// <param name="Code">The code the plugins' questions use.</param>
/// <param name="Name">Display name (the code when none was recorded).</param>
/// <param name="RespondentType">Who answers it, when recorded.</param>
public sealed record InstrumentView(string Code, string Name, string? RespondentType);

/// <summary>One answer as the questionnaire shows it.</summary>
/// <param name="Value">The stored value.</param>
/// <param name="Comment">The comment.</param>
/// <param name="EvidenceUrl">The evidence link.</param>
/// <param name="SetBy">Who set it, when known.</param>
/// <param name="SetAt">When, when known.</param>
/// <param name="Changes">How many times it was changed before.</param>
public sealed record AnswerView(string Value, string? Comment, string? EvidenceUrl, string? SetBy, DateTimeOffset? SetAt, int Changes)
{
    /// <summary>The code of the round it was carried forward from, until the country confirms or changes it; else null.</summary>
    public string? CarriedFrom { get; init; }
}

/// <summary>A step of the review, as the history shows it.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What (<see cref="SubmissionActions"/>).</param>
/// <param name="ToStatus">The status it led to.</param>
/// <param name="Comment">The query or reply.</param>
/// <param name="QuestionId">The question a query is about.</param>
public sealed record SubmissionEventView(DateTimeOffset At, string Actor, string Action, SubmissionStatus ToStatus, string? Comment, string? QuestionId);

/// <summary>
/// Everything the questionnaire page needs for one submission: the questions, the answers, the
/// review history, and what the viewer may do now. A submission not yet started is a draft
/// without answers.
/// </summary>
public sealed record SubmissionView(
    SubmissionKey Key,
    string RoundName,
    RoundStatus RoundStatus,
    string? SyntheticDataLabel,
    InstrumentView Instrument,
    string CountryName,
    bool Started,
    SubmissionStatus Status,
    DateTimeOffset? UpdatedAt,
    Questionnaire Questionnaire,
    IReadOnlyDictionary<string, AnswerView> Answers,
    IReadOnlyList<SubmissionEventView> Events,
    bool CanEdit,
    bool CanSubmit,
    bool CanReview,
    bool CanReopen)
{
    /// <summary>Question id → stored value, as <see cref="Core.Surveys.Questionnaire"/> takes them.</summary>
    public IReadOnlyDictionary<string, string> Values { get; } = Answers.ToDictionary(a => a.Key, a => a.Value.Value, StringComparer.Ordinal);

    /// <summary>
    /// <see cref="Values"/> without the carried-forward answers not yet confirmed: what counts for
    /// progress and missing answers.
    /// </summary>
    public IReadOnlyDictionary<string, string> ConfirmedValues { get; } = Answers.Where(a => a.Value.CarriedFrom is null).ToDictionary(a => a.Key, a => a.Value.Value, StringComparer.Ordinal);

    /// <summary>Round code → name of the rounds answers were carried forward from (not yet confirmed).</summary>
    public IReadOnlyDictionary<string, string> CarriedFromRounds { get; init; } = new Dictionary<string, string>();

    /// <summary>The open query (the last step when it is a query); null otherwise.</summary>
    public SubmissionEventView? OpenQuery => Status == SubmissionStatus.Queried ? Events.LastOrDefault(e => e.Action == SubmissionActions.Queried) : null;
}

/// <summary>A submission in a round's list (status and progress, no answers).</summary>
/// <param name="Key">Which submission.</param>
/// <param name="CountryName">The country's name.</param>
/// <param name="Region">Its UN M49 region.</param>
/// <param name="IncomeGroup">Its income group in the round's classification year.</param>
/// <param name="Status">Where it is.</param>
/// <param name="Answered">Shown questions answered.</param>
/// <param name="Shown">Shown questions.</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record SubmissionSummary(
    SubmissionKey Key,
    string CountryName,
    string? Region,
    IncomeGroup? IncomeGroup,
    SubmissionStatus Status,
    int Answered,
    int Shown,
    DateTimeOffset UpdatedAt);

/// <summary>Narrows a round's list; null fields do not filter.</summary>
/// <param name="Status">Only this status.</param>
/// <param name="Region">Only this M49 region.</param>
/// <param name="IncomeGroup">Only this income group.</param>
/// <param name="Instrument">Only this instrument.</param>
public sealed record SubmissionFilter(SubmissionStatus? Status = null, string? Region = null, IncomeGroup? IncomeGroup = null, string? Instrument = null)
{
    /// <summary>No filter.</summary>
    public static SubmissionFilter None { get; } = new();

    /// <summary>True when <paramref name="summary"/> passes.</summary>
    public bool Matches(SubmissionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return (Status is null || summary.Status == Status)
            && (Region is null || summary.Region == Region)
            && (IncomeGroup is null || summary.IncomeGroup == IncomeGroup)
            && (Instrument is null || summary.Key.InstrumentCode == Instrument);
    }
}
