using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Admin;

/// <summary>The users grid's filters above the grid.</summary>
public sealed class UsersFilter
{
    /// <summary>Text in the e-mail address.</summary>
    public string? Search { get; set; }

    /// <summary>One role, or null for every role.</summary>
    public string? Role { get; set; }

    /// <summary>Enabled, disabled or both.</summary>
    public AccountStatusFilter Status { get; set; }
}

/// <summary>The audit grid's filters above the grid (the first two are the page's <c>action</c> and <c>before</c> query parameters).</summary>
public sealed class AuditFilter
{
    /// <summary>One action code, or null for every action.</summary>
    public string? Action { get; set; }

    /// <summary>Only entries older than this id.</summary>
    public long? BeforeId { get; set; }

    /// <summary>Text in the actor or subject.</summary>
    public string? Text { get; set; }

    /// <summary>A country code.</summary>
    public string? Country { get; set; }
}

/// <summary>Turns a grid's state (page, size, sort column) and its filters into the one query the database runs.</summary>
public static class GridQueries
{
    /// <summary>The users grid's query.</summary>
    public static AccountQuery Accounts(GridState<AccountSummary> state, UsersFilter filter)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(filter);
        var sort = state.SortDefinitions.FirstOrDefault();
        return new AccountQuery(
            state.Page,
            state.PageSize,
            filter.Search,
            filter.Role,
            filter.Status,
            sort?.SortBy switch
            {
                nameof(AccountSummary.Role) => AccountSort.Role,
                nameof(AccountSummary.IsDisabled) => AccountSort.Status,
                _ => AccountSort.Email,
            },
            sort?.Descending ?? false);
    }

    /// <summary>The audit grid's query: newest first unless a column says otherwise.</summary>
    public static AuditQuery Audit(GridState<AuditEntry> state, AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(filter);
        var sort = state.SortDefinitions.FirstOrDefault();
        return new AuditQuery(
            state.Page,
            state.PageSize,
            filter.Action,
            filter.Text,
            filter.Country,
            filter.BeforeId,
            sort?.SortBy == nameof(AuditEntry.Action) ? AuditSort.Action : AuditSort.When,
            sort?.Descending ?? true);
    }
}
