using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Host.Components.Pages.Admin;
using MudBlazor;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>A grid's state and filters become the one query the database runs.</summary>
public sealed class GridQueriesTests
{
    private static GridState<T> State<T>(int page, int size, params SortDefinition<T>[] sorts) =>
        new() { Page = page, PageSize = size, SortDefinitions = sorts };

    [Fact]
    public void The_users_grid_pages_filters_and_sorts_by_the_clicked_column()
    {
        var filter = new UsersFilter { Search = "kenya", Role = Roles.FocalPoint, Status = AccountStatusFilter.Disabled };

        var byStatus = GridQueries.Accounts(State(2, 25, new SortDefinition<AccountSummary>(nameof(AccountSummary.IsDisabled), true, 0, a => a.IsDisabled)), filter);
        var byRole = GridQueries.Accounts(State(0, 10, new SortDefinition<AccountSummary>(nameof(AccountSummary.Role), false, 0, a => a.Role ?? "")), new UsersFilter());
        var unsorted = GridQueries.Accounts(State<AccountSummary>(0, 10), new UsersFilter());

        Assert.Equal(new AccountQuery(2, 25, "kenya", Roles.FocalPoint, AccountStatusFilter.Disabled, AccountSort.Status, true), byStatus);
        Assert.Equal(AccountSort.Role, byRole.Sort);
        Assert.False(byRole.Descending);
        Assert.Equal((AccountSort.Email, false), (unsorted.Sort, unsorted.Descending));
    }

    [Fact]
    public void The_audit_grid_is_newest_first_until_a_column_says_otherwise_and_keeps_the_page_filters()
    {
        var filter = new AuditFilter { Action = AuditActions.UserCreated, BeforeId = 500, Text = "admin", Country = "KEN" };

        var unsorted = GridQueries.Audit(State<AuditEntry>(3, 50), filter);
        var oldest = GridQueries.Audit(State(0, 50, new SortDefinition<AuditEntry>(nameof(AuditEntry.Id), false, 0, e => e.Id)), new AuditFilter());
        var byAction = GridQueries.Audit(State(0, 50, new SortDefinition<AuditEntry>(nameof(AuditEntry.Action), true, 0, e => e.Action)), new AuditFilter());

        Assert.Equal(new AuditQuery(3, 50, AuditActions.UserCreated, "admin", "KEN", 500, AuditSort.When, true), unsorted);
        Assert.Equal((AuditSort.When, false), (oldest.Sort, oldest.Descending));
        Assert.Equal((AuditSort.Action, true), (byAction.Sort, byAction.Descending));
    }
}
