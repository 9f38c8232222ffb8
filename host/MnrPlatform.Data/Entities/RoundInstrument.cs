namespace MnrPlatform.Data.Entities;

/// <summary>A survey instrument used in a round, e.g. <c>government-survey</c>.</summary>
public sealed class RoundInstrument
{
    /// <summary>The round.</summary>
    public int RoundId { get; set; }

    /// <summary>The instrument's code, as the plugins' questions name it.</summary>
    public required string Code { get; set; }
}
