using Bunit;
using Microsoft.AspNetCore.Components;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Components.Surveys;
using MudBlazor;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>The submissions grid turns its state and the page's filters into one database query, and the address carries the filters.</summary>
public sealed class SubmissionGridQueryTests : MudComponentTest
{
    private static readonly SubmissionFilter Drafts = new(Status: SubmissionStatus.Draft);
    private static readonly InstrumentView[] Instruments = [new("government-survey", "Government survey", null), new("unicef-country-office-survey", "UNICEF country-office survey", null)];

    [Theory]
    [InlineData("CountryName", SubmissionSort.Country)]
    [InlineData("Status", SubmissionSort.Status)]
    [InlineData("IncomeGroup", SubmissionSort.IncomeGroup)]
    [InlineData("Region", SubmissionSort.Region)]
    [InlineData("Key.InstrumentCode", SubmissionSort.Instrument)]
    [InlineData("InstrumentCode", SubmissionSort.Instrument)]
    public void The_sorted_column_page_and_filters_make_one_query(string sortBy, SubmissionSort expected)
    {
        var state = new GridState<SubmissionSummary>
        {
            Page = 2,
            PageSize = 25,
            SortDefinitions = [new SortDefinition<SubmissionSummary>(sortBy, true, 0, _ => 0)],
        };

        var query = SubmissionGridQuery.From(state, Drafts);

        Assert.Equal(new SubmissionQuery(Drafts, expected, Descending: true, Page: 2, PageSize: 25), query);
    }

    [Fact]
    public void Without_a_sorted_column_the_list_is_in_country_order()
    {
        var query = SubmissionGridQuery.From(new GridState<SubmissionSummary> { Page = 0, PageSize = 50, SortDefinitions = [] }, SubmissionFilter.None);

        Assert.Equal(new SubmissionQuery(SubmissionFilter.None), query);
    }

    [Fact]
    public void The_address_reads_back_the_filters_it_wrote_and_ignores_unknown_values()
    {
        var filter = new SubmissionFilter(SubmissionStatus.Queried, "Africa", IncomeGroup.LowerMiddle, "government-survey");

        var address = SubmissionAddress.For("2021-review", filter);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x/" + address).Query);

        Assert.Equal("surveys/2021-review?status=queried&region=Africa&income=LM&instrument=government-survey", address);
        Assert.Equal(filter, SubmissionAddress.Parse(query["status"], query["region"], query["income"], query["instrument"], Instruments));
        Assert.Equal(SubmissionFilter.None, SubmissionAddress.Parse("lost", "Atlantis", "XX", "census", Instruments));
        Assert.Equal("surveys/2021-review", SubmissionAddress.For("2021-review", SubmissionFilter.None));
    }

    [Fact]
    public async Task Interactive_the_grid_shows_the_page_read_already_then_asks_the_database_for_each_sort()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var queries = new List<SubmissionQuery>();
        var kenya = Summary("KEN", "Kenya");
        var grid = RenderWithProviders<SubmissionGrid>(p => p
            .Add(g => g.Instruments, Instruments)
            .Add(g => g.Filter, Drafts)
            .Add(g => g.FirstPage, new SubmissionPage([kenya], 1))
            .Add(g => g.NoRecords, "none")
            .Add(g => g.LoadPage, (query, _) =>
            {
                queries.Add(query);
                return Task.FromResult(new SubmissionPage([kenya], 1));
            }));

        grid.WaitForAssertion(() => Assert.Single(grid.FindAll("[data-testid=submission]")));
        Assert.Empty(queries);

        await grid.Find("[data-testid=sort-direction]").ClickAsync(new());

        grid.WaitForAssertion(() => Assert.Equal(new SubmissionQuery(Drafts, SubmissionSort.Country, Descending: true, PageSize: SubmissionGrid.PageSize), Assert.Single(queries)));
    }

    private static SubmissionSummary Summary(string iso3, string name) =>
        new(new SubmissionKey("2021-review", iso3, "government-survey"), name, "Africa", IncomeGroup.LowerMiddle, SubmissionStatus.Draft, 3, 10, DateTimeOffset.UnixEpoch);
}
