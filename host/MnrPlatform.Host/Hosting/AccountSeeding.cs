using Microsoft.AspNetCore.Identity;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// At start: the roles exist; in demo mode one demo account per role exists and is enabled; out of
/// demo mode demo accounts are disabled (their password is public); and when no enabled
/// administrator exists, one is created from configuration. There is never a default password.
/// </summary>
internal sealed partial class AccountSeeding(AccountService accounts, UserManager<PlatformUser> users, ILogger logger)
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
                var created = await accounts.CreateAsync(Startup, demo, cancellationToken);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Demo account {demo.Email} could not be created: {string.Join(" ", created.Errors)}");
                }

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

        var created = await accounts.CreateAsync(Startup, new NewAccount(initial.Email, Roles.Administrator, null, initial.Password), cancellationToken);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"The initial administrator {initial.Email} could not be created: {string.Join(" ", created.Errors)}");
        }

        InitialAdministratorCreated(logger, initial.Email);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo mode is on (Demo:Enabled): demo accounts with a published password can sign in. Never use demo mode for real data.")]
    private static partial void DemoMode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo mode is off: disabled {Count} demo account(s)")]
    private static partial void DemoAccountsDisabled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "There is no administrator yet. Create one with `mnr users add --role Administrator --email ...`, or set Accounts__InitialAdministrator__Email and Accounts__InitialAdministrator__Password and restart.")]
    private static partial void NoAdministrator(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Accounts:InitialAdministrator is ignored: an administrator already exists. Remove the setting (and its password) from the environment.")]
    private static partial void InitialAdministratorIgnored(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the initial administrator {Email} from configuration")]
    private static partial void InitialAdministratorCreated(ILogger logger, string email);
}
