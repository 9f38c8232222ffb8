namespace MnrPlatform.Data.Entities;

/// <summary>A catalogue question picked for an instrument the secretariat made.</summary>
public sealed class InstrumentQuestion
{
    /// <summary>The instrument.</summary>
    public required string InstrumentCode { get; set; }

    /// <summary>The plugin question's id.</summary>
    public required string QuestionId { get; set; }

    /// <summary>Its place in the instrument (0 first).</summary>
    public int Position { get; set; }
}
