namespace MnrPlatform.Sdk.Content;

/// <summary>A question is shown only when another question of the same plugin has a given answer.</summary>
/// <param name="QuestionId">The question whose answer decides.</param>
/// <param name="AnswerCode">The answer code that shows this question (e.g. <see cref="AnswerCodes.Yes"/>).</param>
public sealed record ShowWhen(string QuestionId, string AnswerCode);
