using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Invitations;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr invite</c>: invites a country's focal point as the secretariat does on the round page,
/// prints the link and whether the e-mail was queued. The link is made under
/// <c>--public-url</c> or <c>Platform__PublicUrl</c>; SMTP settings come from <c>Email__Smtp__*</c>.
/// </summary>
internal static class InviteCommand
{
    public static Command Create()
    {
        var store = new StoreArguments();
        var round = new Option<string>("--round") { Description = "The survey round's code.", Required = true };
        var country = new Option<string>("--country") { Description = "The country: ISO 3166-1 alpha-3 code, e.g. KEN.", Required = true };
        var email = new Option<string>("--email") { Description = "The focal point's e-mail address.", Required = true };
        var instrument = new Option<string?>("--instrument") { Description = "One instrument of the round (default: all)." };
        var publicUrl = new Option<Uri?>("--public-url") { Description = "The platform's public address the link is made under (default: Platform__PublicUrl)." };
        var command = new Command("invite", "Invite a focal point for a country of a round: creates or binds the account, queues the e-mail, prints the link.")
        {
            round, country, email, instrument, publicUrl,
        };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            var linkBase = parse.GetValue(publicUrl) ?? configuration.GetSection(PlatformOptions.SectionName).Get<PlatformOptions>()?.PublicUrl;
            if (linkBase is null || !linkBase.IsAbsoluteUri)
            {
                await error.WriteLineAsync("error: no public address for the link: pass --public-url https://… or set Platform__PublicUrl.");
                return 2;
            }

            if (await store.ResolveAndAnnounceAsync(parse) is not { } connection)
            {
                return 2;
            }

            var collection = new ServiceCollection();
            collection.AddLogging();
            collection.AddMnrStore(connection);
            collection.AddMnrAccountsCore();
            collection.AddMnrEmail(configuration);
            await using var services = collection.BuildServiceProvider();
            await using var scope = services.CreateAsyncScope();
            await StoreInitialisation.RunAsync(scope.ServiceProvider.GetRequiredService<MnrDbContext>(), NullLogger.Instance, _ => scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync(), cancellationToken);
            var actor = AccessScope.For(PlatformPrincipal.System($"cli:{Environment.UserName}"));
            try
            {
                var issued = await scope.ServiceProvider.GetRequiredService<FocalPointInvitations>().InviteAsync(
                    actor, new InvitationRequest(parse.GetValue(email)!, parse.GetValue(country)!, parse.GetValue(round), parse.GetValue(instrument)), linkBase, cancellationToken);
                await output.WriteLineAsync($"Invitation {issued.InvitationId} for {parse.GetValue(email)!.Trim()}.");
                await output.WriteLineAsync($"Link (works once): {issued.Link}");
                await output.WriteLineAsync(issued.EmailQueued
                    ? "E-mail: queued; a running host sends it through the configured SMTP server."
                    : "E-mail: not sent: no SMTP server configured (Email__Smtp__Host); pass the link on by hand.");
                return 0;
            }
            catch (InvitationException e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
