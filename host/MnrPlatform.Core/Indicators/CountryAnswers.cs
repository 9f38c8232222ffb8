using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Indicators;

/// <summary>One country's stored answers in a round, keyed by question id.</summary>
/// <param name="CountryCode">ISO 3166-1 alpha-3 code.</param>
/// <param name="Values">The values of each answered question.</param>
public sealed record CountryAnswers(string CountryCode, IReadOnlyDictionary<string, IReadOnlyList<string>> Values) : ICountryAnswers
{
    /// <inheritdoc />
    public IReadOnlyList<string> ValuesOf(string questionId) =>
        Values.TryGetValue(questionId, out var values) ? values : [];
}
