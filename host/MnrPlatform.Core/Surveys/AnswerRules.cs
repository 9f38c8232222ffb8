using System.Globalization;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Surveys;

/// <summary>
/// Which values a question accepts, in one place for the questionnaire and every import format:
/// <see cref="Normalize"/> turns what a person typed or a file held into the stored form, or says
/// in words why it is not allowed.
/// </summary>
public static class AnswerRules
{
    /// <summary>The longest free-text answer, comment or evidence link accepted (characters).</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Why a value for an example question is refused: examples go to the library, not the answers.</summary>
    public const string ExampleIsNoAnswer =
        "asks for an example, which is not an answer: record it in the questionnaire's example form (it goes to the library of good practice), not as an answer or in an import file";

    /// <summary>
    /// The stored form of <paramref name="raw"/> as an answer to <paramref name="question"/>: codes
    /// in their canonical case, multiple-choice codes de-duplicated in the question's option order,
    /// numbers in invariant form. Blank input is <see cref="AnswerCheck.Blank"/>, never an answer.
    /// </summary>
    public static AnswerCheck Normalize(QuestionInfo question, string? raw)
    {
        ArgumentNullException.ThrowIfNull(question);
        var value = raw?.Trim() ?? "";
        if (value.Length == 0)
        {
            return AnswerCheck.Blank;
        }

        if (question.Kind == QuestionKind.Example)
        {
            return AnswerCheck.Invalid(new AnswerProblem(AnswerProblem.Example, ExampleIsNoAnswer, []));
        }

        if ((ControlCharacter(value) ?? TooLong(value)) is { } problem)
        {
            return AnswerCheck.Invalid(problem);
        }

        if (Special(question, value) is { } special)
        {
            return special;
        }

        return question.Kind switch
        {
            QuestionKind.YesNo => Code(value, [AnswerCodes.Yes, AnswerCodes.No], question),
            QuestionKind.YesPartlyNo => Code(value, [AnswerCodes.Yes, AnswerCodes.Partly, AnswerCodes.No], question),
            QuestionKind.SingleChoice => Code(value, [.. question.Options.Select(o => o.Code)], question),
            QuestionKind.MultipleChoice => Codes(value, question),
            QuestionKind.Number => Number(value),
            QuestionKind.MaturityPhase => Phase(value),
            _ => AnswerCheck.Valid(value),
        };
    }

    /// <summary>
    /// Checks a comment or evidence link: at most <see cref="MaxTextLength"/> characters, no NUL; an
    /// evidence link must be an absolute http(s) URL. Returns the reason it is refused, or null.
    /// </summary>
    public static string? CheckNote(string? text, bool isLink) => NoteProblem(text, isLink)?.English;

    /// <summary>What <see cref="CheckNote"/> refuses, as a code with its values; null when accepted.</summary>
    public static AnswerProblem? NoteProblem(string? text, bool isLink)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if ((ControlCharacter(text) ?? TooLong(text)) is { } problem)
        {
            return problem;
        }

        return isLink && !(Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            ? new AnswerProblem(AnswerProblem.NotALink, "is not a web address (it must start with https:// or http://)", [])
            : null;
    }

    /// <summary>The codes <paramref name="question"/> accepts besides its own ("don't know", "not applicable").</summary>
    public static IReadOnlyList<string> SpecialCodes(QuestionInfo question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return [.. new[] { question.AllowDontKnow ? AnswerCodes.DontKnow : null, question.AllowNotApplicable ? AnswerCodes.NotApplicable : null }.OfType<string>()];
    }

    // Control characters other than tab and line breaks cannot be stored in an XLSX export (XML 1.0)
    // and never belong in an answer: refused with the character named.
    private static AnswerProblem? ControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                var point = $"U+{(int)c:X4}";
                return c == '\0'
                    ? new AnswerProblem(AnswerProblem.Nul, "contains a NUL character", [])
                    : new AnswerProblem(AnswerProblem.Control, $"contains the control character {point}", [point]);
            }
        }

        return null;
    }

    private static AnswerProblem? TooLong(string text) =>
        text.Length > MaxTextLength
            ? new AnswerProblem(AnswerProblem.TooLong, $"is {text.Length} characters long; at most {MaxTextLength} are allowed", [Invariant(text.Length), Invariant(MaxTextLength)])
            : null;

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static AnswerCheck? Special(QuestionInfo question, string value)
    {
        foreach (var (code, allowed) in new[] { (AnswerCodes.DontKnow, question.AllowDontKnow), (AnswerCodes.NotApplicable, question.AllowNotApplicable) })
        {
            if (string.Equals(value, code, StringComparison.OrdinalIgnoreCase))
            {
                return allowed ? AnswerCheck.Valid(code) : AnswerCheck.Invalid(new AnswerProblem(AnswerProblem.SpecialNotAllowed, $"\"{code}\" is not allowed for this question", [code]));
            }
        }

        return null;
    }

    private static AnswerCheck Code(string value, IReadOnlyList<string> codes, QuestionInfo question) =>
        codes.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase)) is { } code
            ? AnswerCheck.Valid(code)
            : AnswerCheck.Invalid(new AnswerProblem(AnswerProblem.NotOneOf, $"\"{value}\" is not one of {Allowed(codes, question)}", [value, Allowed(codes, question)]));

    private static AnswerCheck Codes(string value, QuestionInfo question)
    {
        var options = question.Options.Select(o => o.Code).ToList();
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in value.Split(AnswerValues.Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var code = options.FirstOrDefault(c => string.Equals(c, part, StringComparison.OrdinalIgnoreCase));
            if (code is null)
            {
                return AnswerCheck.Invalid(new AnswerProblem(
                    AnswerProblem.NotOneOfSeveral,
                    $"\"{part}\" is not one of {Allowed(options, question)} (separate several with '{AnswerValues.Separator}')",
                    [part, Allowed(options, question), AnswerValues.Separator.ToString()]));
            }

            chosen.Add(code);
        }

        return chosen.Count == 0
            ? AnswerCheck.Blank
            : AnswerCheck.Valid(AnswerValues.Join(options.Where(chosen.Contains)));
    }

    // Arabic-Indic and Persian digits and the Arabic decimal separator, as an Arabic keyboard types them, read as the invariant ones.
    private static AnswerCheck Number(string value) =>
        decimal.TryParse(InvariantDigits(value), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? AnswerCheck.Valid(number.ToString(CultureInfo.InvariantCulture))
            : AnswerCheck.Invalid(new AnswerProblem(AnswerProblem.NotANumber, $"\"{value}\" is not a number (use digits, an optional minus sign and a '.' for decimals)", [value]));

    private static string InvariantDigits(string value) =>
        string.Create(value.Length, value, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                span[i] = c switch
                {
                    >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                    '\u066B' => '.',
                    '\u2212' => '-',
                    _ => c,
                };
            }
        });

    private static AnswerCheck Phase(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var phase) && phase is >= 1 and <= MaturityDescriptors.PhaseCount
            ? AnswerCheck.Valid(phase.ToString(CultureInfo.InvariantCulture))
            : AnswerCheck.Invalid(new AnswerProblem(AnswerProblem.NotAPhase, $"\"{value}\" is not a phase (1 to {MaturityDescriptors.PhaseCount})", [value, Invariant(MaturityDescriptors.PhaseCount)]));

    private static string Allowed(IReadOnlyList<string> codes, QuestionInfo question) =>
        string.Join(", ", codes.Concat(SpecialCodes(question)));
}

/// <summary>The outcome of <see cref="AnswerRules.Normalize"/>.</summary>
/// <param name="Value">The stored form; null when blank or refused.</param>
/// <param name="Error">Why the value is refused ("\"maybe\" is not one of yes, no"); null when accepted or blank.</param>
public sealed record AnswerCheck(string? Value, string? Error)
{
    /// <summary>Nothing was given.</summary>
    public static AnswerCheck Blank { get; } = new(null, null);

    /// <summary>True when nothing was given.</summary>
    public bool IsBlank => Value is null && Error is null;

    /// <summary>True when a value was given and refused.</summary>
    public bool IsInvalid => Error is not null;

    /// <summary>An accepted value.</summary>
    public static AnswerCheck Valid(string value) => new(value, null);

    /// <summary>Why the value is refused, as a code a page words in its language; null when accepted, blank, or refused in words only.</summary>
    public AnswerProblem? Problem { get; init; }

    /// <summary>A refused value.</summary>
    public static AnswerCheck Invalid(string error) => new(null, error);

    /// <summary>A refused value, with the code of why.</summary>
    public static AnswerCheck Invalid(AnswerProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(null, problem.English) { Problem = problem };
    }
}
