namespace MnrPlatform.Data.Entities;

/// <summary>
/// A survey instrument, e.g. <c>government-survey</c>: a questionnaire addressed to one kind of
/// respondent. Plugins declare instruments (SDK 1.2) and the host keeps them here; the secretariat
/// can also make its own by picking questions from the catalogue.
/// </summary>
public sealed class Instrument
{
    /// <summary>Stable code, as the plugins' questions name it.</summary>
    public required string Code { get; set; }

    /// <summary>Display name in English.</summary>
    public required string Name { get; set; }

    /// <summary>The name in other languages as a JSON object (language tag → text); null when there is none.</summary>
    public string? NameTranslations { get; set; }

    /// <summary>Who answers it, e.g. "Government focal point".</summary>
    public required string RespondentType { get; set; }

    /// <summary>The ids of the plugins that declare it; null for an instrument the secretariat made.</summary>
    public string? DeclaredBy { get; set; }

    /// <summary>When it entered the store (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The questions of an instrument the secretariat made, in order. Empty for a declared
    /// instrument: its questions are those of the active plugins that name its code.
    /// </summary>
    public List<InstrumentQuestion> Questions { get; } = [];
}
