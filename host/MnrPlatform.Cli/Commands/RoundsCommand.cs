using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Reference;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Instruments;
using MnrPlatform.Data.Surveys.Rounds;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr rounds create|list|open|close|publish</c>: the secretariat's round set-up from the
/// command line, acting as the system administrator <c>cli:USER</c> (audited under that name).
/// A refused step prints its reason (naming the field) and exits 1.
/// </summary>
internal static class RoundsCommand
{
    public static Command Create()
    {
        var rounds = new Command("rounds", "Survey rounds: create a draft, list them, open, close, publish.");
        rounds.Subcommands.Add(CreateRound());
        rounds.Subcommands.Add(List());
        rounds.Subcommands.Add(Step("open", RoundStatus.Open, "Open a draft (or closed) round: focal points answer; a draft's questionnaires are frozen."));
        rounds.Subcommands.Add(Step("close", RoundStatus.Closed, "Close an open (or published) round: answers are only reviewed."));
        rounds.Subcommands.Add(Step("publish", RoundStatus.Published, "Publish a closed round: its validated results become public."));
        return rounds;
    }

    private static PlatformPrincipal Actor => PlatformPrincipal.System($"cli:{Environment.UserName}");

    private static Command CreateRound()
    {
        var store = new StoreArguments();
        var plugins = new PluginArguments();
        var code = new Option<string>("--code") { Description = "Stable code, e.g. 2027-review.", Required = true };
        var name = new Option<string>("--name") { Description = "Display name, e.g. \"2027 review\".", Required = true };
        var year = new Option<int>("--year") { Description = "The year the round refers to.", Required = true };
        var instruments = new Option<string[]>("--instrument") { Description = "An instrument's code; repeat for several (`mnr instruments list`).", Required = true, AllowMultipleArgumentsPerToken = false };
        var classification = new Option<int?>("--classification-year") { Description = "World Bank income classification year (default: the newest in the reference data)." };
        var countries = new Option<string?>("--countries") { Description = "Invited countries, ISO3 codes separated by commas (e.g. KEN,GHA,PER)." };
        var regions = new Option<string[]>("--region") { Description = "Invite a UN M49 region, sub-region or intermediate region; repeatable." };
        var incomes = new Option<string[]>("--income-group") { Description = "Invite an income group (L, LM, UM, H) in the classification year; repeatable." };
        var countriesOf = new Option<string?>("--countries-of") { Description = "Invite the countries of an earlier round (its code)." };
        var deadline = new Option<string?>("--deadline") { Description = "When answers are due: a date (YYYY-MM-DD, end of that day UTC) or an ISO 8601 time." };
        var carryForward = new Option<string?>("--carry-forward") { Description = "The code of a round whose answers pre-fill the questionnaires." };
        var command = new Command("create", "Create a round as a draft: set it up, preview, then `mnr rounds open`.")
        {
            code, name, year, instruments, classification, countries, regions, incomes, countriesOf, deadline, carryForward,
        };
        store.AddTo(command);
        plugins.AddTo(command);
        store.SetAction(command, async (db, parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!TryParseDeadline(parse.GetValue(deadline), out var due))
            {
                await error.WriteLineAsync($"error: deadline: '{parse.GetValue(deadline)}' is not a date (YYYY-MM-DD) or an ISO 8601 time.");
                return 2;
            }

            if (await plugins.LoadCatalogAsync(parse) is not { } catalog)
            {
                return 2;
            }

            var definition = new RoundDefinition(parse.GetRequiredValue(code), parse.GetRequiredValue(name), parse.GetValue(year), parse.GetValue(instruments) ?? [])
            {
                IncomeClassificationYear = parse.GetValue(classification),
                Countries = new CountrySelection(
                    [.. (parse.GetValue(countries) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                    parse.GetValue(regions) ?? [],
                    parse.GetValue(incomes) ?? [],
                    parse.GetValue(countriesOf)),
                Deadline = due,
                CarryForwardFrom = parse.GetValue(carryForward),
            };
            // A store no host has started yet lacks the reference data countries are chosen from.
            await new ReferenceDataImporter(db, TimeProvider.System).EnsureBuiltInAsync(cancellationToken);
            return await RefusalsAsync(error, async () =>
            {
                var setup = new RoundSetup(db, new AuditLog(db), catalog, TimeProvider.System);
                var created = await setup.CreateAsync(AccessScope.For(Actor), definition, cancellationToken);
                var invited = await setup.ParticipantsAsync(AccessScope.For(Actor), created, cancellationToken);
                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Created {created} as a draft: {definition.Instruments.Count} instrument(s), {invited.Select(p => p.CountryIso3).Distinct().Count()} invited countries. Open it with `mnr rounds open {created}`."));
            });
        });
        return command;
    }

    private static Command List()
    {
        var store = new StoreArguments();
        var command = new Command("list", "List every round (drafts too) with its status, deadline and invited countries.");
        store.AddTo(command);
        store.SetAction(command, async (db, parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var scope = AccessScope.For(Actor);
            var rounds = await new RoundDirectory(db).ListAsync(scope, cancellationToken);
            if (rounds.Count == 0)
            {
                await output.WriteLineAsync("No survey round yet: `mnr rounds create` sets one up.");
                return 0;
            }

            var deadlines = await db.SurveyRounds.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Deadline, StringComparer.Ordinal, cancellationToken);
            var invited = (await db.RoundParticipants.AsNoTracking()
                    .Join(db.SurveyRounds, p => p.RoundId, r => r.Id, (p, r) => new { r.Code, p.CountryIso3 })
                    .Distinct().ToListAsync(cancellationToken))
                .CountBy(x => x.Code).ToDictionary(StringComparer.Ordinal);
            await output.WriteLineAsync($"{"code",-20} {"status",-10} {"year",4}  {"deadline",-10} {"countries",9}  name");
            foreach (var round in rounds)
            {
                var deadline = deadlines.GetValueOrDefault(round.Code);
                var countries = invited.GetValueOrDefault(round.Code);
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{round.Code,-20} {round.Status.ToString().ToLowerInvariant(),-10} {round.Year,4}  {deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",-10} {countries,9}  {round.Name}"));
            }

            return 0;
        });
        return command;
    }

    private static Command Step(string verb, RoundStatus to, string description)
    {
        var store = new StoreArguments();
        var plugins = new PluginArguments();
        var code = new Argument<string>("CODE") { Description = "The round's code." };
        var command = new Command(verb, description) { code };
        store.AddTo(command);
        plugins.AddTo(command);
        store.SetAction(command, async (db, parse, cancellationToken) =>
        {
            if (await plugins.LoadCatalogAsync(parse) is not { } catalog)
            {
                return 2;
            }

            var round = parse.GetRequiredValue(code);
            return await RefusalsAsync(parse.InvocationConfiguration.Error, async () =>
            {
                await Administration(db, catalog).SetStatusAsync(AccessScope.For(Actor), round, to, cancellationToken);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"{round} is {to.ToString().ToLowerInvariant()}.");
            });
        });
        return command;
    }

    private static RoundAdministration Administration(MnrDbContext db, FrameworkCatalog catalog) =>
        RoundAdministration.Compose(db, catalog, TimeProvider.System);

    private static async Task<int> RefusalsAsync(TextWriter error, Func<Task> action)
    {
        try
        {
            await action();
            return 0;
        }
        catch (RoundSetupException refused)
        {
            await error.WriteLineAsync(refused.Field is null ? $"error: {refused.Message}" : $"error: {refused.Field}: {refused.Message}");
            return 1;
        }
        catch (Exception refused) when (refused is SubmissionStateException or KeyNotFoundException)
        {
            await error.WriteLineAsync($"error: {refused.Message}");
            return 1;
        }
    }

    internal static bool TryParseDeadline(string? text, out DateTimeOffset? deadline)
    {
        deadline = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            deadline = new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);
            return true;
        }

        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            deadline = at.ToUniversalTime();
            return true;
        }

        return false;
    }
}
