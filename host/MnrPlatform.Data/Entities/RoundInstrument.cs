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
}
