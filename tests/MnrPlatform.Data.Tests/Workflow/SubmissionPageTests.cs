using MnrPlatform.Core.Access;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Data.Tests.Demo;

namespace MnrPlatform.Data.Tests.Workflow;

/// <summary>
/// A round's submissions a page at a time (the secretariat's grid): the database filters, counts,
/// sorts and pages, and each page agrees with the whole list the reader already gave.
/// </summary>
public abstract class SubmissionPageTests(SeededStoreFixture seeded)
{
    private const string Review = "2021-review";
    private const string Open = "2026-self-assessment";
    private static readonly AccessScope Analyst = Scope(Roles.Analyst, null);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    [Fact]
    public async Task Pages_in_country_order_cover_the_whole_list_once()
    {
        var reader = await ReaderAsync();
        var all = await reader.ListAsync(Analyst, Review, SubmissionFilter.None, Cancellation);

        var pages = new List<SubmissionSummary>();
        for (var page = 0; page < 3; page++)
        {
            var result = await reader.PageAsync(Analyst, Review, new SubmissionQuery(SubmissionFilter.None, Page: page, PageSize: 15), Cancellation);
            Assert.Equal(42, result.Matching);
            pages.AddRange(result.Items);
        }

        Assert.Equal([15, 15, 12], pages.Chunk(15).Select(c => c.Length));
        Assert.Equal(all.Select(s => s.Key.ToString()).Order(StringComparer.Ordinal).ToList(), pages.Select(s => s.Key.ToString()).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(all.ToDictionary(s => s.Key, s => (s.Answered, s.Shown)), pages.ToDictionary(s => s.Key, s => (s.Answered, s.Shown)));
        Assert.Equal(pages.Select(s => s.CountryName).Order(StringComparer.Ordinal), pages.Select(s => s.CountryName));
    }

    [Fact]
    public async Task Filters_run_as_the_whole_lists_filter_does()
    {
        var reader = await ReaderAsync();
        var all = await reader.ListAsync(Analyst, Review, SubmissionFilter.None, Cancellation);
        SubmissionFilter[] filters =
        [
            new(Instrument: "government-survey"),
            new(Instrument: "government-survey", IncomeGroup: IncomeGroup.High),
            new(Region: "Europe"),
            new(Status: SubmissionStatus.Draft),
            new(IncomeGroup: IncomeGroup.LowerMiddle, Region: "Africa"),
        ];

        foreach (var filter in filters)
        {
            var page = await reader.PageAsync(Analyst, Review, new SubmissionQuery(filter, PageSize: 100), Cancellation);

            var expected = all.Where(filter.Matches).Select(s => s.Key.ToString()).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, page.Items.Select(s => s.Key.ToString()).Order(StringComparer.Ordinal).ToList());
            Assert.Equal(expected.Count, page.Matching);
        }
    }

    [Theory]
    [InlineData(SubmissionSort.Status, false)]
    [InlineData(SubmissionSort.Status, true)]
    [InlineData(SubmissionSort.Instrument, true)]
    [InlineData(SubmissionSort.Country, true)]
    public async Task Sorting_orders_the_rows_in_the_database(SubmissionSort sort, bool descending)
    {
        var reader = await ReaderAsync();

        var page = await reader.PageAsync(Analyst, Open, new SubmissionQuery(SubmissionFilter.None, sort, descending), Cancellation);

        Func<SubmissionSummary, IComparable> key = sort switch
        {
            SubmissionSort.Status => s => (int)s.Status,
            SubmissionSort.Instrument => s => s.Key.InstrumentCode,
            _ => s => s.CountryName,
        };
        var keys = page.Items.Select(key).ToList();
        var expected = descending ? keys.OrderDescending().ToList() : keys.Order().ToList();
        Assert.Equal(expected, keys);
        Assert.Equal(6, page.Items.Count);
    }

    [Fact]
    public async Task Income_groups_sort_from_low_to_high_not_by_their_codes()
    {
        var reader = await ReaderAsync();

        var page = await reader.PageAsync(Analyst, Review, new SubmissionQuery(SubmissionFilter.None, SubmissionSort.IncomeGroup, PageSize: 100), Cancellation);

        var groups = page.Items.Select(s => s.IncomeGroup).ToList();
        Assert.Equal(groups.Order().ToList(), groups);
        Assert.Equal(IncomeGroup.High, groups[^1]);
    }

    [Fact]
    public async Task Counts_are_by_status_and_a_focal_point_counts_and_pages_only_its_own_country()
    {
        var reader = await ReaderAsync();
        var kenya = Scope(Roles.FocalPoint, "KEN");

        var counts = await reader.CountsAsync(Analyst, Open, Cancellation);
        var own = await reader.PageAsync(kenya, Open, new SubmissionQuery(SubmissionFilter.None), Cancellation);

        Assert.Equal((6, 3, 1), (counts.Total, counts.Count(SubmissionStatus.Draft), counts.Count(SubmissionStatus.Queried)));
        Assert.Equal(1, (await reader.CountsAsync(kenya, Open, Cancellation)).Total);
        Assert.Equal("KEN", Assert.Single(own.Items).Key.CountryIso3);
        Assert.Equal(1, own.Matching);
    }

    private async Task<SubmissionReader> ReaderAsync()
    {
        var store = await seeded.GetAsync(CreateStoreAsync);
        var db = store.Open();
        return new SubmissionReader(db, DomainPlugins.Catalog, new AuditLog(db));
    }

    private static AccessScope Scope(string role, string? country) =>
        AccessScope.For(new PlatformPrincipal("id-" + role + country, $"{role}{country}@example.org", [role], country));
}

public sealed class SqliteSubmissionPageTests(SeededStoreFixture seeded) : SubmissionPageTests(seeded), IClassFixture<SeededStoreFixture>
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlSubmissionPageTests(SeededStoreFixture seeded) : SubmissionPageTests(seeded), IClassFixture<SeededStoreFixture>
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
