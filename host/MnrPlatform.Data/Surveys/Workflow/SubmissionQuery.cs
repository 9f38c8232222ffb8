using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>
/// The orders a round's submission list can take in the database. Not by last change: SQLite
/// stores a DateTimeOffset as text and EF Core refuses to order by it.
/// </summary>
public enum SubmissionSort
{
    /// <summary>By country name, then instrument.</summary>
    Country,

    /// <summary>By instrument code.</summary>
    Instrument,

    /// <summary>By UN M49 region.</summary>
    Region,

    /// <summary>By income group, low to high.</summary>
    IncomeGroup,

    /// <summary>By status, in the review's order (draft → validated).</summary>
    Status,
}

/// <summary>One page of a round's submissions: which, in what order, which page.</summary>
/// <param name="Filter">What to keep.</param>
/// <param name="Sort">The order (country name breaks ties).</param>
/// <param name="Descending">Reverse the order.</param>
/// <param name="Page">Zero-based page.</param>
/// <param name="PageSize">Rows per page (at least 1).</param>
public sealed record SubmissionQuery(SubmissionFilter Filter, SubmissionSort Sort = SubmissionSort.Country, bool Descending = false, int Page = 0, int PageSize = 50);

/// <summary>A page of submissions and how many match the filter in all.</summary>
/// <param name="Items">The page's rows.</param>
/// <param name="Matching">Rows that pass the filter, on every page.</param>
public sealed record SubmissionPage(IReadOnlyList<SubmissionSummary> Items, int Matching);

/// <summary>How many of a round's submissions the reader may see are in each status (statuses without any are absent).</summary>
/// <param name="Counts">Submissions by status.</param>
public sealed record SubmissionCounts(IReadOnlyDictionary<SubmissionStatus, int> Counts)
{
    /// <summary>Every submission counted.</summary>
    public int Total => Counts.Values.Sum();

    /// <summary>The submissions in <paramref name="status"/>.</summary>
    public int Count(SubmissionStatus status) => Counts.GetValueOrDefault(status);
}
