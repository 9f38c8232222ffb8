using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Surveys;

/// <summary>
/// How an answer's values are held in an answer's stored value: one value as it is; the
/// option codes of a multiple-choice answer joined by <see cref="Separator"/> (option codes are
/// stable codes, which never contain it).
/// </summary>
public static class AnswerValues
{
    /// <summary>Separates the option codes of a multiple-choice answer.</summary>
    public const char Separator = '|';

    /// <summary>The stored form of a multiple-choice answer.</summary>
    public static string Join(IEnumerable<string> optionCodes) => string.Join(Separator, optionCodes);

    /// <summary>The values of a stored answer to a question of kind <paramref name="kind"/>.</summary>
    public static IReadOnlyList<string> Split(QuestionKind kind, string stored) =>
        kind == QuestionKind.MultipleChoice
            ? stored.Split(Separator, StringSplitOptions.RemoveEmptyEntries)
            : [stored];
}
