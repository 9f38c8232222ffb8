namespace MnrPlatform.Sdk.Content;

/// <summary>One option of a single- or multiple-choice question.</summary>
/// <param name="Code">Stable code stored with answers and used in import files.</param>
/// <param name="Label">What the respondent sees.</param>
public sealed record AnswerOption(string Code, LocalizedText Label);
