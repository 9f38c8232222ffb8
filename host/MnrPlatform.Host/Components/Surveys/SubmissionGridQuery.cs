using MnrPlatform.Data.Surveys.Workflow;
using MudBlazor;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>
/// Turns the submissions grid's state (page, page size, the column sorted) and the page's filters
/// into the one query the database runs. The grid names a sorted column by its property.
/// </summary>
public static class SubmissionGridQuery
{
    /// <summary>The sortable columns: the property each grid column shows, and the database order it stands for, and the SurveyText key of its name.</summary>
    public static IReadOnlyList<(string Property, SubmissionSort Sort, string Label)> Columns { get; } =
    [
        (nameof(SubmissionSummary.CountryName), SubmissionSort.Country, "Column.Country"),
        (nameof(SubmissionSummary.Key) + "." + nameof(SubmissionKey.InstrumentCode), SubmissionSort.Instrument, "Column.Instrument"),
        (nameof(SubmissionSummary.Region), SubmissionSort.Region, "Column.Region"),
        (nameof(SubmissionSummary.IncomeGroup), SubmissionSort.IncomeGroup, "Column.IncomeGroup"),
        (nameof(SubmissionSummary.Status), SubmissionSort.Status, "Column.Status"),
    ];

    /// <summary>The query for the grid's current page.</summary>
    public static SubmissionQuery From(GridState<SubmissionSummary> state, SubmissionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(state);
        var sorted = state.SortDefinitions.FirstOrDefault();
        var column = sorted is null ? default : Columns.FirstOrDefault(c => Matches(c.Property, sorted.SortBy));
        return new SubmissionQuery(
            filter,
            column.Property is null ? SubmissionSort.Country : column.Sort,
            column.Property is not null && sorted!.Descending,
            state.Page,
            state.PageSize);
    }

    /// <summary>The grid property that sorts in <paramref name="sort"/>'s order.</summary>
    public static string Property(SubmissionSort sort) => Columns.First(c => c.Sort == sort).Property;

    // The grid may name a nested property by its full path or by its last member.
    private static bool Matches(string property, string? sortBy) =>
        sortBy is not null && (property == sortBy || property.EndsWith("." + sortBy, StringComparison.Ordinal));
}
