using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Surveys.Profiles;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;
using MudBlazor;

namespace MnrPlatform.Host.Components.Countries;

/// <summary>
/// The grid of countries. The prerender reads the first page and carries it to the interactive
/// render (<see cref="FirstPage"/>), so opening the page reads the list once; after that every page,
/// order and search is one query in the database, cancelled when the next one starts.
/// </summary>
public sealed partial class CountryGrid
{
    private const int PageSize = 50;
    private static readonly int[] PageSizes = [25, 50, 100];

    private MudDataGrid<CountryListEntry>? grid;
    private string? search;
    private CountryListSort sort = CountryListSort.All[0];
    private int total;

    [Inject]
    private UserScopes Scopes { get; set; } = default!;

    /// <summary>The search the address asked for (<c>?q=</c>).</summary>
    [Parameter]
    public string? InitialSearch { get; set; }

    /// <summary>The first page as the prerender read it; taken by the first interactive load.</summary>
    [PersistentState]
    public CountryListPage? FirstPage { get; set; }

    private Func<GridState<CountryListEntry>, CancellationToken, Task<GridData<CountryListEntry>>>? ServerData =>
        RendererInfo.IsInteractive ? LoadAsync : null;

    [Inject]
    private IStringLocalizer<CountryText> L { get; set; } = default!;

    // E.g. "42 countries matching "gha", by name, a to z" (Arabic avoids the plural's agreement with "عدد البلدان").
    private string CountText
    {
        get
        {
            if (total == 0)
            {
                return "";
            }

            var by = L[$"Sort.{sort.Key}.By"].Value;
            var count = ShownFormat.Number(total);
            return string.IsNullOrWhiteSpace(search)
                ? total == 1 ? L["Grid.Count.One", by] : L["Grid.Count", count, by]
                : total == 1 ? L["Grid.Count.OneMatching", search, by] : L["Grid.Count.Matching", count, search, by];
        }
    }

    protected override async Task OnInitializedAsync()
    {
        search = InitialSearch;
        if (FirstPage is null && !RendererInfo.IsInteractive)
        {
            FirstPage = await QueryAsync(FirstQuery, CancellationToken.None);
        }

        total = FirstPage?.TotalItems ?? 0;
    }

    private CountryListQuery FirstQuery => new(InitialSearch, PageSize: PageSize);

    private async Task<GridData<CountryListEntry>> LoadAsync(GridState<CountryListEntry> state, CancellationToken cancellationToken)
    {
        sort = CountryListSort.From(state.SortDefinitions);
        var query = new CountryListQuery(search, sort.Order, sort.Descending, state.Page, state.PageSize);
        var page = FirstPage is { } carried && query == FirstQuery ? carried : await QueryAsync(query, cancellationToken);
        FirstPage = null;
        total = page.TotalItems;
        return new GridData<CountryListEntry> { Items = page.Items, TotalItems = page.TotalItems };
    }

    private async Task<CountryListPage> QueryAsync(CountryListQuery query, CancellationToken cancellationToken)
    {
        await using var scope = Scopes.Create();
        var reader = scope.ServiceProvider.GetRequiredService<CountryListReader>();
        try
        {
            return await reader.QueryAsync(scope.ServiceProvider.GetRequiredService<AccessScope>(), query, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            // The user lost the secretariat role in this circuit: the page shows AccessEnded instead.
            return new CountryListPage([], 0);
        }
    }

    private async Task SearchAsync(string? value)
    {
        search = value;
        if (grid is not null)
        {
            await grid.ReloadServerData();
        }
    }

    private async Task SortAsync(CountryListSort value)
    {
        sort = value;
        if (grid is not null)
        {
            await grid.SetSortAsync(value.Column, value.Descending ? SortDirection.Descending : SortDirection.Ascending, c => c.Name);
        }
    }
}
