using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr users add</c> and <c>mnr users list</c>: how the first administrator is created. The
/// password never goes on the command line (it would sit in shell history and process lists): it
/// comes from the environment variable <see cref="PasswordVariable"/> or, with
/// <c>--password-stdin</c>, from the first line of standard input.
/// </summary>
internal static class UsersCommand
{
    public const string PasswordVariable = "MNR_USER_PASSWORD";

    public static Command Create(TextReader input)
    {
        var users = new Command("users", "Accounts: add one (e.g. the first administrator), list them.");
        users.Subcommands.Add(Add(input));
        users.Subcommands.Add(List());
        return users;
    }

    private static Command Add(TextReader input)
    {
        var store = new StoreArguments();
        var email = new Option<string>("--email") { Description = "E-mail address; also the user name.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}.", Required = true };
        var country = new Option<string?>("--country") { Description = "A focal point's country: ISO 3166-1 alpha-3 code, e.g. KEN." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = $"Read the password from the first line of standard input (otherwise from {PasswordVariable})." };
        var command = new Command("add", $"Add an account. The password comes from {PasswordVariable} or --password-stdin, never from the command line.")
        {
            email, role, country, passwordStdin,
        };
        store.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, store, async (services, output, error) =>
        {
            var password = parse.GetValue(passwordStdin) ? await input.ReadLineAsync(cancellationToken) : Environment.GetEnvironmentVariable(PasswordVariable);
            if (string.IsNullOrEmpty(password))
            {
                await error.WriteLineAsync($"error: no password: set {PasswordVariable} or pipe it in with --password-stdin.");
                return 2;
            }

            var accounts = services.GetRequiredService<AccountService>();
            await accounts.EnsureRolesAsync();
            var actor = PlatformPrincipal.System($"cli:{Environment.UserName}");
            var result = await accounts.CreateAsync(actor, new NewAccount(parse.GetValue(email)!, parse.GetValue(role)!, parse.GetValue(country), password), cancellationToken);
            if (!result.Succeeded)
            {
                foreach (var reason in result.Errors)
                {
                    await error.WriteLineAsync($"error: {reason}");
                }

                return 1;
            }

            await output.WriteLineAsync($"Added {parse.GetValue(email)} as {parse.GetValue(role)}.");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command List()
    {
        var store = new StoreArguments();
        var command = new Command("list", "List accounts with role, country and status.");
        store.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, store, async (services, output, _) =>
        {
            var accounts = await services.GetRequiredService<AccountService>().ListAsync(cancellationToken);
            foreach (var a in accounts)
            {
                var status = a.IsDisabled ? "disabled" : "active";
                await output.WriteLineAsync($"{a.Email,-40} {a.Role ?? "-",-14} {a.CountryIso3 ?? "-",-4} {status}{(a.IsDemo ? " (demo)" : "")}");
            }

            await output.WriteLineAsync($"{accounts.Count} account(s).");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, StoreArguments store, Func<IServiceProvider, TextWriter, TextWriter, Task<int>> action, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        if (await store.ResolveAndAnnounceAsync(parse) is not { } connection)
        {
            return 2;
        }

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddMnrStore(connection);
        collection.AddMnrAccountsCore();
        await using var services = collection.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await StoreInitialisation.MigrateAsync(scope.ServiceProvider.GetRequiredService<MnrDbContext>(), NullLogger.Instance, cancellationToken);
        return await action(scope.ServiceProvider, output, error);
    }
}
