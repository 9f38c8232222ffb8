using MnrPlatform.Data.Surveys.Profiles;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Components.Countries;

/// <summary>
/// How a country's profile words phases, medians and answers: on the page in its language and number
/// format, in the CSV in English with invariant numbers (<see cref="CountryWords"/>).
/// </summary>
internal static class ProfileText
{
    /// <summary>A phase as a number, e.g. <c>2</c>; empty when none.</summary>
    public static string Phase(int? phase, CountryWords words) => phase?.ToString(words.Culture) ?? "";

    /// <summary>A median, e.g. <c>2</c> or <c>2.5</c> (<c>2,5</c> in French).</summary>
    public static string Median(double median, CountryWords words) => median.ToString("0.#", words.Culture);

    /// <summary>The median's cell: the median, or why it is not shown.</summary>
    public static string MedianCell(IncomeGroupMedians? medians, string capabilityCode, CountryWords words) => medians switch
    {
        null => words["Cell.NotPublished"],
        { IncomeGroupName: null } => words["Cell.NoIncomeGroup"],
        _ => medians.Of(capabilityCode) switch
        {
            null => words["Cell.NoPhases"],
            { Hidden: true } => words.Format("Cell.Hidden", medians.MinimumCellSize),
            { Median: { } m } => Median(m, words),
            _ => "",
        },
    };

    /// <summary>How many countries the median is over, or "fewer than k".</summary>
    public static string CountriesCell(IncomeGroupMedians? medians, string capabilityCode, CountryWords words) =>
        medians?.Of(capabilityCode) switch
        {
            null => "",
            { Hidden: true } => words.Format("Cell.FewerThan", medians.MinimumCellSize),
            { Countries: var n } => n.ToString(words.Culture),
        };

    /// <summary>An in-place answer in English, e.g. "Yes", "Don't know"; empty when none.</summary>
    public static string InPlace(string? answer) => InPlace(answer, CountryWords.Invariant);

    /// <summary>An in-place answer in <paramref name="words"/>' language; empty when none.</summary>
    public static string InPlace(string? answer, CountryWords words) => answer switch
    {
        null => "",
        AnswerCodes.Yes => words["Answer.Yes"],
        AnswerCodes.Partly => words["Answer.Partly"],
        AnswerCodes.No => words["Answer.No"],
        AnswerCodes.DontKnow => words["Answer.DontKnow"],
        AnswerCodes.NotApplicable => words["Answer.NotApplicable"],
        _ => answer,
    };
}
