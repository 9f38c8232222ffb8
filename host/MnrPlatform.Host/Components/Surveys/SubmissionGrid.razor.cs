using Microsoft.AspNetCore.Components;
using MnrPlatform.Data.Surveys.Workflow;
using MudBlazor;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>
/// The submissions grid. Interactive, it asks <see cref="LoadPage"/> for each page with the
/// filters, sort and paging as one <see cref="SubmissionQuery"/>. The prerender has no circuit to
/// ask from, so it shows the first page the page already read (<see cref="FirstPage"/>), and the
/// interactive render takes that page once instead of reading it again.
/// </summary>
public sealed partial class SubmissionGrid
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    private MudDataGrid<SubmissionSummary>? grid;
    private SubmissionSort sort = SubmissionSort.Country;
    private bool descending;
    private (SubmissionQuery Query, SubmissionPage Page)? unused;

    /// <summary>The round's instruments (their names; one instrument needs no column).</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyList<InstrumentView> Instruments { get; set; }

    /// <summary>The filters the page chose.</summary>
    [Parameter, EditorRequired]
    public required SubmissionFilter Filter { get; set; }

    /// <summary>The first page for <see cref="Filter"/> in country order, already read.</summary>
    [Parameter, EditorRequired]
    public required SubmissionPage FirstPage { get; set; }

    /// <summary>Reads one page from the database.</summary>
    [Parameter, EditorRequired]
    public required Func<SubmissionQuery, CancellationToken, Task<SubmissionPage>> LoadPage { get; set; }

    /// <summary>Told how many rows match the filters whenever a page is read.</summary>
    [Parameter]
    public EventCallback<int> MatchingChanged { get; set; }

    /// <summary>What the grid says when no row is shown.</summary>
    [Parameter, EditorRequired]
    public required string NoRecords { get; set; }

    private bool ManyInstruments => Instruments.Count > 1;

    private IEnumerable<SubmissionSummary>? PrerenderedItems => RendererInfo.IsInteractive ? null : FirstPage.Items;

    private Func<GridState<SubmissionSummary>, CancellationToken, Task<GridData<SubmissionSummary>>>? ServerDataOrNull =>
        RendererInfo.IsInteractive ? ServerDataAsync : null;

    protected override void OnInitialized() => unused = (new SubmissionQuery(Filter, PageSize: PageSize), FirstPage);

    /// <summary>Reads the grid again from its first page (after the filters changed).</summary>
    public Task ReloadAsync() => grid?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<GridData<SubmissionSummary>> ServerDataAsync(GridState<SubmissionSummary> state, CancellationToken cancellationToken)
    {
        var query = SubmissionGridQuery.From(state, Filter);
        SubmissionPage page;
        if (unused is { } first && first.Query == query)
        {
            page = first.Page;
        }
        else
        {
            page = await LoadPage(query, cancellationToken);
        }

        unused = null;
        (sort, descending) = (query.Sort, query.Descending);
        StateHasChanged();
        await MatchingChanged.InvokeAsync(page.Matching);
        return new GridData<SubmissionSummary> { Items = page.Items, TotalItems = page.Matching };
    }

    private async Task SortByAsync(SubmissionSort value)
    {
        sort = value;
        await ApplySortAsync();
    }

    private async Task FlipAsync()
    {
        descending = !descending;
        await ApplySortAsync();
    }

    private Task ApplySortAsync() =>
        grid?.SetSortAsync(SubmissionGridQuery.Property(sort), descending ? SortDirection.Descending : SortDirection.Ascending, _ => 0) ?? Task.CompletedTask;

    private string StoredInstrumentName(string code) => Instruments.FirstOrDefault(i => i.Code == code)?.Name ?? code;
}
