namespace MnrPlatform.Host.Components.Surveys.Rounds;

/// <summary>What the round-questions dialog chose: a list of question ids, or null for the instrument's own questions.</summary>
/// <param name="QuestionIds">The picked ids in order; null: every question of the instrument.</param>
public sealed record RoundQuestionsChoice(IReadOnlyList<string>? QuestionIds)
{
    /// <summary>The instrument's own questions.</summary>
    public static RoundQuestionsChoice InstrumentDefault { get; } = new((IReadOnlyList<string>?)null);
}
