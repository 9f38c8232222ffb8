using System.Globalization;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>Names one submission: a country's answers to one instrument of a round.</summary>
/// <param name="RoundCode">The round's code.</param>
/// <param name="CountryIso3">The country (ISO 3166-1 alpha-3).</param>
/// <param name="InstrumentCode">The instrument.</param>
public sealed record SubmissionKey(string RoundCode, string CountryIso3, string InstrumentCode)
{
    /// <inheritdoc />
    public override string ToString() => $"{RoundCode}/{CountryIso3}/{InstrumentCode}";
}

/// <summary>What a person entered for one question: value, comment and evidence link, as typed.</summary>
/// <param name="Value">The answer (blank clears it); a multiple-choice answer as codes joined by '|'.</param>
/// <param name="Comment">A comment.</param>
/// <param name="EvidenceUrl">A link to evidence.</param>
public sealed record AnswerInput(string? Value, string? Comment = null, string? EvidenceUrl = null);

/// <summary>
/// A step that the submission's or round's state does not allow (the message says why, in English;
/// <see cref="In"/> in another language where the refusal is worded in several).
/// </summary>
public sealed class SubmissionStateException : Exception
{
    private readonly Func<CultureInfo, string>? words;

    /// <summary>A refusal in English only.</summary>
    public SubmissionStateException(string message)
        : base(message)
    {
    }

    /// <summary>A refusal worded in any language; <see cref="Exception.Message"/> is its English (neutral) wording.</summary>
    public SubmissionStateException(Func<CultureInfo, string> words)
        : base((words ?? throw new ArgumentNullException(nameof(words)))(CultureInfo.InvariantCulture)) =>
        this.words = words;

    /// <summary>The refusal in <paramref name="culture"/> (English when it has no other wording).</summary>
    public string In(CultureInfo culture) => words?.Invoke(culture) ?? Message;
}
