using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Accounts.Tokens;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Tests.Accounts;

/// <summary>Personal access tokens on a real migrated store: made once, stored hashed, checked, revoked, audited without the secret.</summary>
public abstract class AccessTokenTests : IAsyncLifetime
{
    private static readonly PlatformPrincipal Cli = PlatformPrincipal.System("cli:test");
    private readonly TestClock clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private ITestStore store = null!;
    private ServiceProvider services = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddMnrStore(store.Connection);
        collection.AddMnrAccountsCore();
        services = collection.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await StoreMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<MnrDbContext>(), NullLogger.Instance, Cancellation);
        await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_token_is_shown_once_stored_as_a_hash_and_its_making_is_audited_without_it()
    {
        var analyst = await UserAsync("analyst@example.org", Roles.Analyst);

        var made = await InScopeAsync(s => s.GetRequiredService<AccessTokens>().CreateAsync(analyst, "  nightly upload ", null, Cancellation));

        Assert.StartsWith(AccessTokenSecret.Marker, made.Secret, StringComparison.Ordinal);
        Assert.Equal(AccessTokenSecret.Marker.Length + 43, made.Secret.Length);
        Assert.Equal("nightly upload", made.Token.Name);
        Assert.Equal(made.Secret[..AccessTokenSecret.PrefixLength], made.Token.Prefix);
        Assert.Equal(clock.Now + AccessTokens.DefaultLifetime, made.Token.ExpiresAt);
        var stored = await InScopeAsync(s => s.GetRequiredService<MnrDbContext>().PersonalAccessTokens.SingleAsync(Cancellation));
        Assert.Equal(AccessTokenSecret.Hash(made.Secret), stored.TokenHash);
        Assert.DoesNotContain(made.Secret, stored.TokenHash + stored.Prefix + stored.Name, StringComparison.Ordinal);
        var entry = (await AuditAsync()).Single(e => e.Action == AuditActions.TokenCreated);
        Assert.Equal("analyst@example.org", entry.Actor);
        Assert.Contains("nightly upload", entry.NewValue, StringComparison.Ordinal);
        Assert.All(await AuditAsync(), e => Assert.DoesNotContain(made.Secret, $"{e.Subject} {e.OldValue} {e.NewValue}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", 30, "name")]
    [InlineData("ok", -1, "expiresAt")]
    [InlineData("ok", 400, "expiresAt")]
    public async Task A_token_needs_a_name_and_an_expiry_within_a_year(string name, int days, string field)
    {
        var viewer = await UserAsync("viewer@example.org", Roles.Viewer);

        var refused = await Assert.ThrowsAsync<AccessTokenException>(() =>
            InScopeAsync(s => s.GetRequiredService<AccessTokens>().CreateAsync(viewer, name, clock.Now.AddDays(days), Cancellation)));

        Assert.Equal(field, refused.Field);
        Assert.Empty(await InScopeAsync(s => s.GetRequiredService<MnrDbContext>().PersonalAccessTokens.ToListAsync(Cancellation)));
    }

    [Fact]
    public async Task A_good_token_gives_its_user_and_notes_its_use_at_most_once_a_minute()
    {
        var focal = await UserAsync("fp@example.org", Roles.FocalPoint, "KEN");
        var made = await InScopeAsync(s => s.GetRequiredService<AccessTokens>().CreateAsync(focal, "sync", null, Cancellation));

        var first = await CheckAsync(made.Secret);
        var used = await LastUsedAsync();
        clock.Now = clock.Now.AddSeconds(30);
        await CheckAsync(made.Secret);
        var stillUsed = await LastUsedAsync();
        clock.Now = clock.Now.AddSeconds(31);
        await CheckAsync(made.Secret);

        Assert.True(first.Accepted);
        Assert.Equal("fp@example.org", first.User!.Email);
        Assert.Equal("KEN", first.User.CountryIso3);
        Assert.Equal(used, stillUsed);
        Assert.Equal(clock.Now, await LastUsedAsync());
        Assert.NotEqual(used, await LastUsedAsync());
    }

    [Fact]
    public async Task Unknown_expired_revoked_and_disabled_tokens_are_refused_saying_why()
    {
        var admin = await UserAsync("admin@example.org", Roles.Administrator);
        var owner = await UserAsync("owner@example.org", Roles.Analyst);
        var tokens = await InScopeAsync(async s =>
        {
            var service = s.GetRequiredService<AccessTokens>();
            return (Expiring: await service.CreateAsync(owner, "expiring", clock.Now.AddDays(1), Cancellation),
                Revoked: await service.CreateAsync(owner, "revoked", null, Cancellation),
                Kept: await service.CreateAsync(owner, "kept", null, Cancellation));
        });
        await InScopeAsync(s => s.GetRequiredService<AccessTokens>().RevokeAsync(owner, tokens.Revoked.Token.Id, Cancellation));

        var unknown = await CheckAsync(AccessTokenSecret.New());
        var malformed = await CheckAsync("not-a-token");
        var revoked = await CheckAsync(tokens.Revoked.Secret);
        clock.Now = clock.Now.AddDays(2);
        var expired = await CheckAsync(tokens.Expiring.Secret);
        var keptBefore = await CheckAsync(tokens.Kept.Secret);
        await InScopeAsync(s => s.GetRequiredService<AccountService>().SetDisabledAsync(admin, owner.UserId!, disabled: true, Cancellation));
        var disabled = await CheckAsync(tokens.Kept.Secret);

        Assert.Contains("unknown", unknown.Refusal, StringComparison.Ordinal);
        Assert.Contains("not a personal access token", malformed.Refusal, StringComparison.Ordinal);
        Assert.Contains("revoked", revoked.Refusal, StringComparison.Ordinal);
        Assert.Contains("expired", expired.Refusal, StringComparison.Ordinal);
        Assert.True(keptBefore.Accepted);
        Assert.Contains("disabled", disabled.Refusal, StringComparison.Ordinal);
        Assert.All(new[] { unknown, revoked, expired, disabled }, c => Assert.Null(c.User));
        var listed = await InScopeAsync(s => s.GetRequiredService<AccessTokens>().ListOwnAsync(owner, Cancellation));
        Assert.Equal(["kept", "revoked", "expiring"], listed.Select(t => t.Name));
        Assert.Equal([AccessTokenState.Active, AccessTokenState.Revoked, AccessTokenState.Expired], listed.Select(t => t.State));
    }

    [Fact]
    public async Task Only_the_owner_or_an_administrator_revokes_a_token_and_each_revocation_is_audited()
    {
        var admin = await UserAsync("admin@example.org", Roles.Administrator);
        var owner = await UserAsync("owner@example.org", Roles.Analyst);
        var other = await UserAsync("other@example.org", Roles.Analyst);
        var first = await InScopeAsync(s => s.GetRequiredService<AccessTokens>().CreateAsync(owner, "one", null, Cancellation));
        var second = await InScopeAsync(s => s.GetRequiredService<AccessTokens>().CreateAsync(owner, "two", null, Cancellation));

        await Assert.ThrowsAsync<KeyNotFoundException>(() => InScopeAsync(s => s.GetRequiredService<AccessTokens>().RevokeAsync(other, first.Token.Id, Cancellation)));
        await InScopeAsync(s => s.GetRequiredService<AccessTokens>().RevokeAsync(owner, first.Token.Id, Cancellation));
        await InScopeAsync(s => s.GetRequiredService<AccessTokens>().RevokeAsync(owner, first.Token.Id, Cancellation));
        await InScopeAsync(s => s.GetRequiredService<AccessTokens>().RevokeAsync(admin, second.Token.Id, Cancellation));

        Assert.False((await CheckAsync(first.Secret)).Accepted);
        Assert.False((await CheckAsync(second.Secret)).Accepted);
        Assert.Empty(await InScopeAsync(s => s.GetRequiredService<AccessTokens>().ListOwnAsync(other, Cancellation)));
        var revocations = (await AuditAsync()).Where(e => e.Action == AuditActions.TokenRevoked).ToList();
        Assert.Equal(["owner@example.org", "admin@example.org"], revocations.Select(e => e.Actor));
    }

    private async Task<PlatformPrincipal> UserAsync(string email, string role, string? country = null)
    {
        var result = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync(Cli, new NewAccount(email, role, country, "correct horse battery"), Cancellation));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return new PlatformPrincipal(result.UserId, email, [role], country);
    }

    private Task<AccessTokenCheck> CheckAsync(string secret) => InScopeAsync(s => s.GetRequiredService<AccessTokens>().CheckAsync(secret, Cancellation));

    private Task<DateTimeOffset?> LastUsedAsync() =>
        InScopeAsync(s => s.GetRequiredService<MnrDbContext>().PersonalAccessTokens.AsNoTracking().Select(t => t.LastUsedAt).SingleAsync(Cancellation));

    private Task<List<AuditEntry>> AuditAsync() =>
        InScopeAsync(s => s.GetRequiredService<MnrDbContext>().AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync(Cancellation));

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    private sealed class TestClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

public sealed class SqliteAccessTokenTests : AccessTokenTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlAccessTokenTests : AccessTokenTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
