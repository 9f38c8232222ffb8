namespace MnrPlatform.Sdk.Content;

/// <summary>A question of a survey instrument, about one capability.</summary>
public sealed record QuestionInfo
{
    /// <summary>Stable id, unique across all plugins (prefix it with the domain code, e.g. "victim.helpline.in-place").</summary>
    public required string Id { get; init; }

    /// <summary>The code of the capability this question is about.</summary>
    public required string CapabilityCode { get; init; }

    /// <summary>The question as the respondent reads it.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Guidance shown under the question, if any.</summary>
    public LocalizedText? Help { get; init; }

    /// <summary>How the question is answered.</summary>
    public required QuestionKind Kind { get; init; }

    /// <summary>The options of a single- or multiple-choice question; empty for every other kind.</summary>
    public IReadOnlyList<AnswerOption> Options { get; init; } = [];

    /// <summary>Whether a submission needs an answer (when the question is shown). Default true.</summary>
    public bool Required { get; init; } = true;

    /// <summary>Shows the question only when another answer has a given value; null: always shown.</summary>
    public ShowWhen? ShownWhen { get; init; }

    /// <summary>Whether "don't know" is an allowed answer.</summary>
    public bool AllowDontKnow { get; init; }

    /// <summary>Whether "not applicable" is an allowed answer.</summary>
    public bool AllowNotApplicable { get; init; }

    /// <summary>The codes of the survey instruments the question belongs to (e.g. "government-survey"); at least one.</summary>
    public required IReadOnlyList<string> Instruments { get; init; }
}
