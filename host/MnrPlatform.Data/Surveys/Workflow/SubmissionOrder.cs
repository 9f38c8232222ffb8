using System.Linq.Expressions;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>A round's submission as the list query reads it, before progress is computed.</summary>
internal sealed class ListedSubmission
{
    public int Id { get; init; }

    public required string CountryIso3 { get; init; }

    public required string InstrumentCode { get; init; }

    public SubmissionStatus Status { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public required string CountryName { get; init; }

    public string? Region { get; init; }

    public IncomeGroup? IncomeGroup { get; init; }
}

/// <summary>
/// The database order of a round's submissions. Status and income group are stored as text, so
/// they are ranked explicitly (the review's order; low to high income) rather than alphabetically;
/// country name, then instrument, break ties so that pages never overlap.
/// </summary>
internal static class SubmissionOrder
{
    public static IQueryable<ListedSubmission> Apply(IQueryable<ListedSubmission> rows, SubmissionSort sort, bool descending) =>
        (sort switch
        {
            SubmissionSort.Instrument => By(rows, r => r.InstrumentCode, descending),
            SubmissionSort.Region => By(rows, r => r.Region, descending),
            SubmissionSort.IncomeGroup => By(rows, r => r.IncomeGroup == IncomeGroup.Low ? 0
                : r.IncomeGroup == IncomeGroup.LowerMiddle ? 1
                : r.IncomeGroup == IncomeGroup.UpperMiddle ? 2
                : r.IncomeGroup == IncomeGroup.High ? 3 : 4, descending),
            SubmissionSort.Status => By(rows, r => r.Status == SubmissionStatus.Draft ? 0
                : r.Status == SubmissionStatus.Submitted ? 1
                : r.Status == SubmissionStatus.Queried ? 2
                : r.Status == SubmissionStatus.Resubmitted ? 3 : 4, descending),
            _ => By(rows, r => r.CountryName, descending),
        })
        .ThenBy(r => r.CountryName).ThenBy(r => r.InstrumentCode).ThenBy(r => r.Id);

    private static IOrderedQueryable<ListedSubmission> By<TKey>(IQueryable<ListedSubmission> rows, Expression<Func<ListedSubmission, TKey>> key, bool descending) =>
        descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
}
