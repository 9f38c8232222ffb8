using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Tests;

/// <summary>Accounts and the audit log on a real migrated database (SQLite file, and PostgreSQL when present).</summary>
public abstract class AccountServiceTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private static readonly PlatformPrincipal Cli = PlatformPrincipal.System("cli:test");

    private ITestStore store = null!;
    private ServiceProvider services = null!;

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
        await StoreMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<MnrDbContext>(), NullLogger.Instance, TestContext.Current.CancellationToken);
        await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<AccountResult> CreateAsync(PlatformPrincipal actor, string email, string role, string? country = null) =>
        InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync(actor, new NewAccount(email, role, country, Password), TestContext.Current.CancellationToken));

    private async Task<PlatformPrincipal> PrincipalOfAsync(string userId)
    {
        var account = await InScopeAsync(s => s.GetRequiredService<AccountService>().FindAsync(userId));
        return new PlatformPrincipal(account!.Id, account.Email, account.Role is null ? [] : [account.Role], account.CountryIso3);
    }

    private Task<List<AuditEntry>> AuditAsync() =>
        InScopeAsync(s => s.GetRequiredService<MnrDbContext>().AuditEntries.OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task Created_accounts_are_listed_with_role_and_country_and_the_creation_is_audited()
    {
        var admin = await CreateAsync(Cli, "admin@example.org", Roles.Administrator);
        var focal = await CreateAsync(Cli, "fp@example.org", Roles.FocalPoint, " ken ");

        Assert.True(admin.Succeeded, string.Join(" ", admin.Errors));
        Assert.True(focal.Succeeded, string.Join(" ", focal.Errors));
        var list = await InScopeAsync(s => s.GetRequiredService<AccountService>().ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["admin@example.org", "fp@example.org"], list.Select(a => a.Email));
        Assert.Equal(Roles.FocalPoint, list[1].Role);
        Assert.Equal("KEN", list[1].CountryIso3);
        var entries = await AuditAsync();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(AuditActions.UserCreated, e.Action));
        Assert.Equal("user:fp@example.org", entries[1].Subject);
        Assert.Equal("role=FocalPoint, country=KEN", entries[1].NewValue);
        Assert.Equal("cli:test", entries[1].Actor);
    }

    [Fact]
    public async Task A_short_password_or_a_duplicate_email_is_refused_and_nothing_is_audited()
    {
        await CreateAsync(Cli, "a@example.org", Roles.Viewer);

        var duplicate = await CreateAsync(Cli, "a@example.org", Roles.Viewer);
        var shortPassword = await InScopeAsync(s => s.GetRequiredService<AccountService>()
            .CreateAsync(Cli, new NewAccount("b@example.org", Roles.Viewer, null, "short"), TestContext.Current.CancellationToken));

        Assert.False(duplicate.Succeeded);
        Assert.False(shortPassword.Succeeded);
        Assert.Contains(shortPassword.Errors, e => e.Contains("12", StringComparison.Ordinal));
        Assert.Single(await AuditAsync());
    }

    [Fact]
    public async Task An_analyst_cannot_create_accounts_and_a_focal_point_needs_a_valid_country()
    {
        var analystId = (await CreateAsync(Cli, "analyst@example.org", Roles.Analyst)).UserId!;
        var analyst = await PrincipalOfAsync(analystId);

        var byAnalyst = await CreateAsync(analyst, "x@example.org", Roles.Viewer);
        var noCountry = await CreateAsync(Cli, "fp@example.org", Roles.FocalPoint, "Kenya");

        Assert.False(byAnalyst.Succeeded);
        Assert.Contains("may not manage users", byAnalyst.Errors[0], StringComparison.Ordinal);
        Assert.False(noCountry.Succeeded);
    }

    [Fact]
    public async Task Role_changes_are_audited_with_old_and_new_value()
    {
        var adminId = (await CreateAsync(Cli, "admin@example.org", Roles.Administrator)).UserId!;
        var userId = (await CreateAsync(Cli, "user@example.org", Roles.Viewer)).UserId!;
        var admin = await PrincipalOfAsync(adminId);

        var changed = await InScopeAsync(s => s.GetRequiredService<AccountService>().ChangeRoleAsync(admin, userId, Roles.FocalPoint, "GHA", TestContext.Current.CancellationToken));

        Assert.True(changed.Succeeded, string.Join(" ", changed.Errors));
        var user = await PrincipalOfAsync(userId);
        Assert.Equal(Roles.FocalPoint, Assert.Single(user.Roles));
        Assert.Equal("GHA", user.CountryIso3);
        var entry = (await AuditAsync())[^1];
        Assert.Equal(AuditActions.UserRoleChanged, entry.Action);
        Assert.Equal("role=Viewer", entry.OldValue);
        Assert.Equal("role=FocalPoint, country=GHA", entry.NewValue);
        Assert.Equal("admin@example.org", entry.Actor);
        Assert.Equal(adminId, entry.ActorId);
    }

    [Fact]
    public async Task The_last_enabled_administrator_cannot_be_disabled_or_demoted_and_nobody_changes_themselves()
    {
        var firstId = (await CreateAsync(Cli, "first@example.org", Roles.Administrator)).UserId!;
        var first = await PrincipalOfAsync(firstId);

        var disable = await InScopeAsync(s => s.GetRequiredService<AccountService>().SetDisabledAsync(Cli, firstId, true, TestContext.Current.CancellationToken));
        var demote = await InScopeAsync(s => s.GetRequiredService<AccountService>().ChangeRoleAsync(Cli, firstId, Roles.Viewer, null, TestContext.Current.CancellationToken));
        var self = await InScopeAsync(s => s.GetRequiredService<AccountService>().SetDisabledAsync(first, firstId, true, TestContext.Current.CancellationToken));

        Assert.Contains("last enabled administrator", disable.Errors[0], StringComparison.Ordinal);
        Assert.Contains("last enabled administrator", demote.Errors[0], StringComparison.Ordinal);
        Assert.Contains("your own", self.Errors[0], StringComparison.Ordinal);

        var secondId = (await CreateAsync(Cli, "second@example.org", Roles.Administrator)).UserId!;
        var second = await PrincipalOfAsync(secondId);
        var disabled = await InScopeAsync(s => s.GetRequiredService<AccountService>().SetDisabledAsync(second, firstId, true, TestContext.Current.CancellationToken));
        Assert.True(disabled.Succeeded, string.Join(" ", disabled.Errors));
        Assert.NotNull((await InScopeAsync(s => s.GetRequiredService<AccountService>().FindAsync(firstId)))!.DisabledAt);
        Assert.Equal(AuditActions.UserDisabled, (await AuditAsync())[^1].Action);
    }

    [Fact]
    public async Task Only_enabled_administrators_are_counted()
    {
        var firstId = (await CreateAsync(Cli, "first@example.org", Roles.Administrator)).UserId!;
        await CreateAsync(Cli, "second@example.org", Roles.Administrator);
        await CreateAsync(Cli, "viewer@example.org", Roles.Viewer);
        Task<int> CountAsync() => InScopeAsync(s => s.GetRequiredService<AccountService>().CountEnabledAdministratorsAsync(TestContext.Current.CancellationToken));

        Assert.Equal(2, await CountAsync());
        Assert.True((await InScopeAsync(s => s.GetRequiredService<AccountService>().SetDisabledAsync(Cli, firstId, true, TestContext.Current.CancellationToken))).Succeeded);
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task A_password_reset_needs_the_right_to_manage_users_even_for_an_account_without_a_role()
    {
        var analyst = await PrincipalOfAsync((await CreateAsync(Cli, "analyst@example.org", Roles.Analyst)).UserId!);
        var roleless = new PlatformUser { UserName = "roleless@example.org", Email = "roleless@example.org", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await InScopeAsync(s => s.GetRequiredService<UserManager<PlatformUser>>().CreateAsync(roleless, Password))).Succeeded);

        var reset = await InScopeAsync(s => s.GetRequiredService<AccountService>().ResetPasswordAsync(analyst, roleless.Id, "a brand new passphrase", TestContext.Current.CancellationToken));

        Assert.False(reset.Succeeded);
        Assert.Contains("may not manage users", reset.Errors[0], StringComparison.Ordinal);
        Assert.DoesNotContain(await AuditAsync(), e => e.Action == AuditActions.PasswordReset);
    }

    [Fact]
    public async Task A_password_reset_sets_a_working_password_lifts_the_lockout_and_never_logs_the_password()
    {
        var userId = (await CreateAsync(Cli, "user@example.org", Roles.Viewer)).UserId!;
        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<PlatformUser>>();
            var user = (await users.FindByIdAsync(userId))!;
            for (var i = 0; i < AccountRules.MaxFailedSignIns; i++)
            {
                await users.AccessFailedAsync(user);
            }

            Assert.True(await users.IsLockedOutAsync(user));
            return 0;
        });

        var reset = await InScopeAsync(s => s.GetRequiredService<AccountService>().ResetPasswordAsync(Cli, userId, "a brand new passphrase", TestContext.Current.CancellationToken));

        Assert.True(reset.Succeeded, string.Join(" ", reset.Errors));
        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<PlatformUser>>();
            var user = (await users.FindByIdAsync(userId))!;
            Assert.True(await users.CheckPasswordAsync(user, "a brand new passphrase"));
            Assert.False(await users.CheckPasswordAsync(user, Password));
            Assert.False(await users.IsLockedOutAsync(user));
            return 0;
        });
        var entry = (await AuditAsync())[^1];
        Assert.Equal(AuditActions.PasswordReset, entry.Action);
        Assert.DoesNotContain("brand new", entry.NewValue ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_own_password_needs_the_current_one()
    {
        var userId = (await CreateAsync(Cli, "user@example.org", Roles.Viewer)).UserId!;
        var user = await PrincipalOfAsync(userId);

        var wrong = await InScopeAsync(s => s.GetRequiredService<AccountService>().ChangeOwnPasswordAsync(user, "not the password", "another long passphrase"));
        var right = await InScopeAsync(s => s.GetRequiredService<AccountService>().ChangeOwnPasswordAsync(user, Password, "another long passphrase"));

        Assert.False(wrong.Succeeded);
        Assert.True(right.Succeeded, string.Join(" ", right.Errors));
        var entries = await AuditAsync();
        Assert.Single(entries, e => e.Action == AuditActions.PasswordChanged);
    }
}

public sealed class SqliteAccountServiceTests : AccountServiceTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlAccountServiceTests : AccountServiceTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
