namespace MnrPlatform.Sdk.Content;

/// <summary>One country's answers in a round, as a <see cref="CountryRule.Where"/> predicate sees them.</summary>
public interface ICountryAnswers
{
    /// <summary>The country's ISO 3166-1 alpha-3 code.</summary>
    string CountryCode { get; }

    /// <summary>
    /// The stored values of a question: one answer code, number (invariant culture) or phase ("1" to
    /// "4") for most kinds, every chosen code for a multiple-choice question, empty when unanswered.
    /// </summary>
    IReadOnlyList<string> ValuesOf(string questionId);
}
