using Microsoft.AspNetCore.Components;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Host.Hosting.Circuits;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Admin;

public sealed partial class AuditGrid
{
    private IReadOnlyList<GridSortOption<AuditEntry>> SortOptions =>
    [
        new(L["Sort.Newest"], nameof(AuditEntry.Id), true, e => e.Id),
        new(L["Sort.Oldest"], nameof(AuditEntry.Id), false, e => e.Id),
        new(L["Sort.ActionAZ"], nameof(AuditEntry.Action), false, e => e.Action),
    ];

    private readonly AuditFilter filter = new();
    private MudDataGrid<AuditEntry>? grid;

    [Inject]
    private UserScopes Scopes { get; set; } = null!;

    /// <summary>The page's <c>action</c> query parameter: the first filter.</summary>
    [Parameter]
    public string? Action { get; set; }

    /// <summary>The page's <c>before</c> query parameter: only entries older than this id.</summary>
    [Parameter]
    public long? Before { get; set; }

    protected override void OnParametersSet()
    {
        filter.Action = string.IsNullOrEmpty(Action) ? null : Action;
        filter.BeforeId = Before;
    }

    private async Task<GridData<AuditEntry>> LoadAsync(GridState<AuditEntry> state, CancellationToken cancellationToken)
    {
        await using var scope = Scopes.Create();
        var page = await scope.ServiceProvider.GetRequiredService<AuditLog>().QueryAsync(
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Scope, GridQueries.Audit(state, filter), cancellationToken);
        return new GridData<AuditEntry> { Items = page.Items, TotalItems = page.Total };
    }

    private Task ReloadAsync() => grid?.ReloadServerData() ?? Task.CompletedTask;

    // A known action's label in the page's language; an action without one (a newer code) as it is stored.
    private string ActionLabel(string? action) =>
        action is null ? "" : L["AuditAction." + action] is { ResourceNotFound: false } label ? label.Value : action;

    private Task FilterActionAsync(string? action)
    {
        filter.Action = action;
        return ReloadAsync();
    }
}
