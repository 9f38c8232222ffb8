using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using static MnrPlatform.Data.Tests.Practice.PracticeKit;

namespace MnrPlatform.Data.Tests.Practice;

/// <summary>
/// Every command of <see cref="PracticeExamples"/> × every viewer (anonymous, every role; a
/// country-bound role for the example's country, another and none): refused with
/// <see cref="AccessDeniedException"/> exactly when the viewer may not act, and then nothing changes.
/// </summary>
public sealed class CommandAccessTests : IAsyncLifetime
{
    private readonly SqliteTestStore store = new();
    private MnrDbContext db = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Who may: its country or the secretariat's writers; the secretariat's writers; the country's own focal point only.</summary>
    private enum Who
    {
        CountryOrSecretariat,
        Secretariat,
        OwnFocalPoint,
    }

    private sealed record Command(string Name, Who Who, Func<PracticeExamples, Task<int>> Prepare, Func<PracticeExamples, AccessScope, int, Task> Run);

    private static readonly Command[] Commands =
    [
        new("create", Who.CountryOrSecretariat, _ => Task.FromResult(0), (e, s, _) => e.CreateAsync(s, "MDA", Draft(), Cancellation)),
        new("update", Who.CountryOrSecretariat, RecordedAsync, (e, s, id) => e.UpdateAsync(s, id, Draft("Changed"), Cancellation)),
        new("submit", Who.CountryOrSecretariat, RecordedAsync, (e, s, id) => e.SubmitAsync(s, id, Cancellation)),
        new("suggest", Who.Secretariat, SubmittedAsync, (e, s, id) => e.SuggestEditAsync(s, id, Draft("Changed"), "Why", Cancellation)),
        new("curate", Who.Secretariat, SubmittedAsync, (e, s, id) => e.CurateAsync(s, id, new ExampleCuration(["x"], ExampleVisibility.Public, true), Cancellation)),
        new("anonymise", Who.Secretariat, e => ApprovedAsync(e, ExampleVisibility.Public, Cancellation), (e, s, id) => e.AnonymiseAsync(s, id, null, ExampleVisibility.Public, Cancellation)),
        new("archive", Who.Secretariat, RecordedAsync, (e, s, id) => e.ArchiveAsync(s, id, true, Cancellation)),
        new("resolve", Who.OwnFocalPoint, SuggestedAsync, (e, s, id) => e.ResolveSuggestionAsync(s, id, true, Cancellation)),
        new("consent", Who.OwnFocalPoint, e => ApprovedAsync(e, ExampleVisibility.Public, Cancellation), (e, s, id) => e.ConsentAsync(s, id, 1, ExampleVisibility.Members, Cancellation)),
        new("withdraw", Who.OwnFocalPoint, ConsentedAsync, (e, s, id) => e.WithdrawConsentAsync(s, id, Cancellation)),
    ];

    private static IEnumerable<(string Name, AccessScope Scope)> Viewers =>
    [
        ("anonymous", AccessScope.Anonymous),
        .. Roles.All.SelectMany(role => Roles.IsCountryBound(role)
            ? new[] { ($"{role} of MDA", Scope(role, "MDA")), ($"{role} of SWE", Scope(role, "SWE")), ($"{role} without a country", Scope(role)) }
            : [(role, Scope(role))]),
    ];

    public async ValueTask InitializeAsync() => db = await ((ITestStore)store).OpenPreparedAsync(Cancellation);

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await store.DisposeAsync();
    }

    [Fact]
    public async Task Each_command_refuses_exactly_those_who_may_not_act_and_changes_nothing_then()
    {
        var failures = new List<string>();
        var allowedCount = 0;
        foreach (var command in Commands)
        {
            foreach (var (name, scope) in Viewers)
            {
                var examples = Examples(db);
                var id = await command.Prepare(examples);
                db.ChangeTracker.Clear();
                var before = await StateAsync();
                var allowed = May(command.Who, scope.Actor);
                allowedCount += allowed ? 1 : 0;
                try
                {
                    await command.Run(Examples(db), scope, id);
                    if (!allowed)
                    {
                        failures.Add($"{command.Name} by {name}: let through");
                    }
                }
                catch (AccessDeniedException denied) when (!allowed)
                {
                    db.ChangeTracker.Clear();
                    if (await StateAsync() != before)
                    {
                        failures.Add($"{command.Name} by {name}: refused but something changed");
                    }

                    if (denied.Message.Contains("MDA", StringComparison.Ordinal) && command.Name != "create")
                    {
                        failures.Add($"{command.Name} by {name}: the refusal names the example's country ({denied.Message})");
                    }
                }
                catch (AccessDeniedException denied)
                {
                    failures.Add($"{command.Name} by {name}: refused ({denied.Message})");
                }

                db.ChangeTracker.Clear();
            }
        }

        Assert.Empty(failures);
        // Administrator, Analyst and Moldova's focal point for three commands; the two secretariat roles for four; Moldova's focal point for three.
        Assert.Equal((3 * 3) + (4 * 2) + 3, allowedCount);
    }

    // Worked out from the permissions, not from AccessScope's helpers.
    private static bool May(Who who, PlatformPrincipal actor)
    {
        var writer = actor.Has(Permissions.ReadAllCountries | Permissions.WriteAllCountries);
        var ownFocalPoint = !actor.Has(Permissions.ReadAllCountries) && actor.Has(Permissions.ReadOwnCountry | Permissions.WriteOwnCountry) && actor.CountryIso3 == "MDA";
        return who switch
        {
            Who.CountryOrSecretariat => writer || ownFocalPoint,
            Who.Secretariat => writer,
            _ => ownFocalPoint,
        };
    }

    private async Task<string> StateAsync()
    {
        var examples = await db.PracticeExamples.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => $"{e.Id}:{e.Status}:{e.Version}:{e.Title}:{e.Themes}:{e.ProposedVisibility}:{e.AnonymisedAs}").ToListAsync(Cancellation);
        var consents = await db.ExampleConsents.AsNoTracking().CountAsync(c => c.WithdrawnAt == null, Cancellation);
        var suggestions = await db.ExampleEditSuggestions.AsNoTracking().CountAsync(s => s.Accepted == null, Cancellation);
        var audit = await db.AuditEntries.AsNoTracking().CountAsync(Cancellation);
        return $"{string.Join('|', examples)}/{consents}/{suggestions}/{audit}";
    }

    private static Task<int> RecordedAsync(PracticeExamples examples) => examples.CreateAsync(Moldova, "MDA", Draft(), Cancellation);

    private static async Task<int> SubmittedAsync(PracticeExamples examples)
    {
        var id = await RecordedAsync(examples);
        await examples.SubmitAsync(Moldova, id, Cancellation);
        return id;
    }

    private static async Task<int> SuggestedAsync(PracticeExamples examples) =>
        await examples.SuggestEditAsync(Analyst, await SubmittedAsync(examples), Draft("Suggested title"), "Shorter.", Cancellation);

    private static async Task<int> ConsentedAsync(PracticeExamples examples)
    {
        var id = await ApprovedAsync(examples, ExampleVisibility.Public, Cancellation);
        await examples.ConsentAsync(Moldova, id, 1, ExampleVisibility.Public, Cancellation);
        return id;
    }
}
