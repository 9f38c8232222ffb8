namespace MnrPlatform.Data.Entities;

/// <summary>A survey instrument used in a round, e.g. <c>government-survey</c>.</summary>
public sealed class RoundInstrument
{
    /// <summary>The round.</summary>
    public int RoundId { get; set; }

    /// <summary>The instrument's code, as the plugins' questions name it.</summary>
    public required string Code { get; set; }

    /// <summary>Display name, e.g. "Government survey"; null: the code is shown.</summary>
    public string? Name { get; set; }

    /// <summary>Who answers it, e.g. "Government focal point" or "UNICEF country office"; null when not recorded.</summary>
    public string? RespondentType { get; set; }

    /// <summary>
    /// The questions picked for this round while it is a draft, as a JSON array of question ids;
    /// null: every question of the instrument.
    /// </summary>
    public string? QuestionSelection { get; set; }

    /// <summary>
    /// The questionnaire frozen when the round opened (JSON: questions, options and texts as they
    /// were); null while the round is a draft, and for rounds from before questionnaires were frozen.
    /// </summary>
    public string? Questionnaire { get; set; }

    /// <summary>When <see cref="Questionnaire"/> was frozen (UTC).</summary>
    public DateTimeOffset? FrozenAt { get; set; }
}
