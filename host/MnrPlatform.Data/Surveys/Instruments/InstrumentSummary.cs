namespace MnrPlatform.Data.Surveys.Instruments;

/// <summary>An instrument as lists and selectors show it.</summary>
/// <param name="Code">Stable code, e.g. <c>government-survey</c>.</param>
/// <param name="Name">Display name in English.</param>
/// <param name="RespondentType">Who answers it.</param>
/// <param name="DeclaredBy">The ids of the plugins that declare it (comma-separated); null when the secretariat made it.</param>
/// <param name="QuestionCount">How many questions it has with the active plugins.</param>
public sealed record InstrumentSummary(string Code, string Name, string RespondentType, string? DeclaredBy, int QuestionCount);
