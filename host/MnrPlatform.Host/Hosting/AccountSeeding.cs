using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// At start: the roles exist; in demo mode one demo account per role exists and is enabled; out of
/// demo mode demo accounts are disabled (their password is public); and when no enabled
/// administrator exists, one is created from configuration. There is never a default password.
/// Runs under the store-initialisation guard; an account another writer created meanwhile (a
/// unique violation on its name) counts as there.
/// </summary>
internal sealed partial class AccountSeeding(AccountService accounts, UserManager<PlatformUser> users, MnrDbContext db, ILogger logger)
{
    private static readonly PlatformPrincipal Startup = PlatformPrincipal.System("system:startup");

    public async Task RunAsync(AccountsOptions options, bool demo, CancellationToken cancellationToken)
    {
        await accounts.EnsureRolesAsync();
        if (demo)
        {
            await EnsureDemoAccountsAsync(cancellationToken);
        }
        else
        {
            await DisableDemoAccountsAsync(cancellationToken);
        }

        await EnsureInitialAdministratorAsync(options.InitialAdministrator, demo, cancellationToken);
    }

    private async Task EnsureDemoAccountsAsync(CancellationToken cancellationToken)
    {
        foreach (var demo in DemoAccounts.All)
        {
            var user = await users.FindByEmailAsync(demo.Email);
            if (user is null)
            {
                await CreateUnlessThereAsync(demo, "Demo account", cancellationToken);
                continue;
            }

            // Keep the sign-in page truthful: the published password works, the account is enabled.
            if (user.DisabledAt is not null)
            {
                await accounts.SetDisabledAsync(Startup, user.Id, disabled: false, cancellationToken);
            }

            if (!await users.CheckPasswordAsync(user, DemoAccounts.Password))
            {
                await accounts.ResetPasswordAsync(Startup, user.Id, DemoAccounts.Password, cancellationToken);
            }
        }

        DemoMode(logger);
    }

    private async Task DisableDemoAccountsAsync(CancellationToken cancellationToken)
    {
        var disabled = await accounts.DisableDemoAccountsAsync(Startup, cancellationToken);
        if (disabled > 0)
        {
            DemoAccountsDisabled(logger, disabled);
        }
    }

    private async Task EnsureInitialAdministratorAsync(InitialAdministratorOptions initial, bool demo, CancellationToken cancellationToken)
    {
        var administrators = await accounts.CountEnabledAdministratorsAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(initial.Email))
        {
            if (administrators == 0)
            {
                NoAdministrator(logger);
            }

            return;
        }

        if (administrators > 0 && !demo)
        {
            InitialAdministratorIgnored(logger);
            return;
        }

        if (await users.FindByEmailAsync(initial.Email) is not null)
        {
            return;
        }

        if (string.IsNullOrEmpty(initial.Password))
        {
            throw new InvalidOperationException(
                "Accounts:InitialAdministrator:Email is set but Accounts:InitialAdministrator:Password is not: set both (e.g. Accounts__InitialAdministrator__Password), or create the administrator with `mnr users add`.");
        }

        if (await CreateUnlessThereAsync(new NewAccount(initial.Email, Roles.Administrator, null, initial.Password), "The initial administrator", cancellationToken))
        {
            InitialAdministratorCreated(logger, initial.Email);
        }
    }

    /// <summary>Creates the account; false when it turned out to exist already (created by a racing writer).</summary>
    private async Task<bool> CreateUnlessThereAsync(NewAccount account, string what, CancellationToken cancellationToken)
    {
        AccountResult created;
        try
        {
            created = await accounts.CreateAsync(Startup, account, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            created = AccountResult.Fail(e.InnerException?.Message ?? e.Message);
        }

        if (created.Succeeded)
        {
            return true;
        }

        // The failed insert stays tracked; forget it, then look whether the account is there after all.
        db.ChangeTracker.Clear();
        if (await users.FindByEmailAsync(account.Email) is not null)
        {
            AlreadyThere(logger, account.Email);
            return false;
        }

        throw new InvalidOperationException($"{what} {account.Email} could not be created: {string.Join(" ", created.Errors)}");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo mode is on (Demo:Enabled): demo accounts with a published password can sign in. Never use demo mode for real data.")]
    private static partial void DemoMode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo mode is off: disabled {Count} demo account(s)")]
    private static partial void DemoAccountsDisabled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "There is no administrator yet. Create one with `mnr users add --role Administrator --email ...`, or set Accounts__InitialAdministrator__Email and Accounts__InitialAdministrator__Password and restart.")]
    private static partial void NoAdministrator(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Accounts:InitialAdministrator is ignored: an administrator already exists. Remove the setting (and its password) from the environment.")]
    private static partial void InitialAdministratorIgnored(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Email} was created by another instance meanwhile; left as it is")]
    private static partial void AlreadyThere(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the initial administrator {Email} from configuration")]
    private static partial void InitialAdministratorCreated(ILogger logger, string email);
}
