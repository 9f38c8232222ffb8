namespace MnrPlatform.Data.Surveys.Instruments;

/// <summary>An instrument the secretariat makes by picking questions from the catalogue.</summary>
/// <param name="Code">Stable code, e.g. <c>follow-up-survey</c>.</param>
/// <param name="Name">Display name in English.</param>
/// <param name="RespondentType">Who answers it.</param>
/// <param name="QuestionIds">The catalogue questions it asks, in order.</param>
public sealed record InstrumentDraft(string Code, string Name, string RespondentType, IReadOnlyList<string> QuestionIds);
