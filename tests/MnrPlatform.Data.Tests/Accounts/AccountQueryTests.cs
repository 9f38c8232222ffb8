using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Tests.Accounts;

/// <summary>The users grid's query: search, role and status filters, sorting and paging in the database, with the total.</summary>
public abstract class AccountQueryTests : IAsyncLifetime
{
    private static readonly PlatformPrincipal Cli = PlatformPrincipal.System("cli:test");
    private static readonly PlatformPrincipal Administrator = new("id-admin", "admin@example.org", [Roles.Administrator], null);

    private ITestStore store = null!;
    private ServiceProvider services = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddMnrStore(store.Connection);
        collection.AddMnrAccountsCore();
        services = collection.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await StoreMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<MnrDbContext>(), NullLogger.Instance, Cancellation);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        await accounts.EnsureRolesAsync();
        foreach (var (email, role, country) in new[]
        {
            ("Zed.admin@example.org", Roles.Administrator, (string?)null),
            ("anna.analyst@example.org", Roles.Analyst, null),
            ("ben.focal@example.org", Roles.FocalPoint, "KEN"),
            ("carla.focal@example.org", Roles.FocalPoint, "GHA"),
            ("dan.viewer@example.org", Roles.Viewer, null),
        })
        {
            var created = await accounts.CreateAsync(Cli, new NewAccount(email, role, country, "a long enough passphrase"), Cancellation);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors));
            if (email.StartsWith("carla", StringComparison.Ordinal))
            {
                await accounts.SetDisabledAsync(Cli, created.UserId!, true, Cancellation);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private async Task<PagedResult<AccountSummary>> QueryAsync(AccountQuery query, PlatformPrincipal? actor = null)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountService>().QueryAsync(actor ?? Administrator, query, Cancellation);
    }

    [Fact]
    public async Task Accounts_are_paged_by_address_case_insensitively_with_the_total()
    {
        var first = await QueryAsync(new AccountQuery(PageSize: 2));
        var last = await QueryAsync(new AccountQuery(Page: 2, PageSize: 2));

        Assert.Equal(5, first.Total);
        Assert.Equal(["anna.analyst@example.org", "ben.focal@example.org"], first.Items.Select(a => a.Email));
        Assert.Equal(["Zed.admin@example.org"], last.Items.Select(a => a.Email));
        Assert.Equal(Roles.Administrator, last.Items[0].Role);
    }

    [Fact]
    public async Task Search_role_and_status_filter_in_the_database()
    {
        var focal = await QueryAsync(new AccountQuery(Role: Roles.FocalPoint));
        var enabledFocal = await QueryAsync(new AccountQuery(Role: Roles.FocalPoint, Status: AccountStatusFilter.Enabled));
        var disabled = await QueryAsync(new AccountQuery(Status: AccountStatusFilter.Disabled));
        var search = await QueryAsync(new AccountQuery(Search: "ADMIN"));

        Assert.Equal(2, focal.Total);
        Assert.Equal(["ben.focal@example.org"], enabledFocal.Items.Select(a => a.Email));
        Assert.Equal("KEN", enabledFocal.Items[0].CountryIso3);
        Assert.True(Assert.Single(disabled.Items).IsDisabled);
        Assert.Equal(["Zed.admin@example.org"], search.Items.Select(a => a.Email));
    }

    [Fact]
    public async Task Sorting_by_role_and_by_status()
    {
        var byRole = await QueryAsync(new AccountQuery(Sort: AccountSort.Role));
        var disabledFirst = await QueryAsync(new AccountQuery(Sort: AccountSort.Status, Descending: true));

        Assert.Equal([Roles.Administrator, Roles.Analyst, Roles.FocalPoint, Roles.FocalPoint, Roles.Viewer], byRole.Items.Select(a => a.Role));
        Assert.Equal("carla.focal@example.org", disabledFirst.Items[0].Email);
    }

    [Fact]
    public async Task Only_those_who_manage_users_may_list_them()
    {
        var analyst = new PlatformPrincipal("id-analyst", "analyst@example.org", [Roles.Analyst], null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => QueryAsync(new AccountQuery(), analyst));
    }
}

public sealed class SqliteAccountQueryTests : AccountQueryTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlAccountQueryTests : AccountQueryTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
