using System.Globalization;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Reference;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>
/// A round page's filters in its address (<c>?status=draft&amp;region=Africa&amp;income=LM&amp;instrument=...</c>):
/// read from the query string, written back when the filters change, so that a filtered list can
/// be bookmarked and shared. Unknown values do not filter.
/// </summary>
public static class SubmissionAddress
{
    /// <summary>The filter the query string's values select, among the round's instruments.</summary>
    public static SubmissionFilter Parse(string? status, string? region, string? income, string? instrument, IEnumerable<InstrumentView> instruments) =>
        new(
            Enum.GetValues<SubmissionStatus>().Where(s => SurveyLabels.Code(s) == status).Cast<SubmissionStatus?>().FirstOrDefault(),
            M49.Regions.FirstOrDefault(r => r == region),
            IncomeGroups.TryParse(income, out var group) ? group : null,
            instruments.FirstOrDefault(i => i.Code == instrument)?.Code);

    /// <summary>The round page's address with <paramref name="filter"/> in its query string (relative to the base path).</summary>
    public static string For(string roundCode, SubmissionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new List<string>();
        Add(query, "status", filter.Status is { } status ? SurveyLabels.Code(status) : null);
        Add(query, "region", filter.Region);
        Add(query, "income", filter.IncomeGroup is { } group ? IncomeGroups.Code(group) : null);
        Add(query, "instrument", filter.Instrument);
        return query.Count == 0 ? SurveyPaths.Round(roundCode) : $"{SurveyPaths.Round(roundCode)}?{string.Join('&', query)}";
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (value is not null)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={Uri.EscapeDataString(value)}"));
        }
    }
}
