using MnrPlatform.Core.Reference;

namespace MnrPlatform.Core.Indicators;

/// <summary>
/// A country that answered a round, with the attributes indicators are broken down by (taken for
/// the round: the income group of the classification the round uses).
/// </summary>
/// <param name="Answers">Its answers in the round, across the instruments it answered.</param>
/// <param name="Instruments">The instruments it answered in the round.</param>
/// <param name="IncomeGroup">Its World Bank income group for the round; null when not classified.</param>
/// <param name="Region">Its UN M49 region; null when it has none.</param>
public sealed record Respondent(CountryAnswers Answers, IReadOnlyList<string> Instruments, IncomeGroup? IncomeGroup, string? Region)
{
    /// <summary>The country's ISO 3166-1 alpha-3 code.</summary>
    public string CountryIso3 => Answers.CountryCode;
}
