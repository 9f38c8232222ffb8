namespace MnrPlatform.Sdk.Content;

/// <summary>
/// A survey instrument the plugin's questions belong to (SDK 1.2): the questionnaire addressed to one
/// kind of respondent. Questions name it by <see cref="Code"/> in <see cref="QuestionInfo.Instruments"/>;
/// several plugins may declare the same instrument, and the host merges the declarations.
/// </summary>
/// <example><code>
/// domain.Instrument(new InstrumentInfo("government-survey", "Government survey", "Government focal point"));
/// </code></example>
/// <param name="Code">Stable code, e.g. <c>government-survey</c>.</param>
/// <param name="Name">Display name, e.g. "Government survey".</param>
/// <param name="RespondentType">Who answers it, e.g. "Government focal point".</param>
public sealed record InstrumentInfo(string Code, LocalizedText Name, LocalizedText RespondentType);
