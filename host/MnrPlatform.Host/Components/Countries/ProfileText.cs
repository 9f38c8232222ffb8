using System.Globalization;
using MnrPlatform.Data.Surveys.Profiles;
using MnrPlatform.Host.Components.Questionnaire;

namespace MnrPlatform.Host.Components.Countries;

/// <summary>How a country's profile words phases, medians and answers, on the page and in its CSV alike.</summary>
internal static class ProfileText
{
    /// <summary>A phase as a number, e.g. <c>2</c>; empty when none.</summary>
    public static string Phase(int? phase) => phase?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A median, e.g. <c>2</c> or <c>2.5</c>.</summary>
    public static string Median(double median) => median.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The median's cell: the median, or why it is not shown.</summary>
    public static string MedianCell(IncomeGroupMedians? medians, string capabilityCode) => medians switch
    {
        null => "not published yet",
        { IncomeGroupName: null } => "no income group",
        _ => medians.Of(capabilityCode) switch
        {
            null => "no phases",
            { Hidden: true } => $"hidden (fewer than {medians.MinimumCellSize} countries)",
            { Median: { } m } => Median(m),
            _ => "",
        },
    };

    /// <summary>How many countries the median is over, or "fewer than k".</summary>
    public static string CountriesCell(IncomeGroupMedians? medians, string capabilityCode) =>
        medians?.Of(capabilityCode) switch
        {
            null => "",
            { Hidden: true } => $"fewer than {medians.MinimumCellSize}",
            { Countries: var n } => n.ToString(CultureInfo.InvariantCulture),
        };

    /// <summary>An in-place answer, e.g. "Yes", "Don't know"; empty when none.</summary>
    public static string InPlace(string? answer) => answer is null ? "" : SubmissionLabels.Code(answer);
}
