using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;

namespace MnrPlatform.Data.Tests.Practice;

/// <summary>The library's services on a test store, the people who use them, and texts to record.</summary>
internal static class PracticeKit
{
    public const string Capability = "child-helpline";

    public static AccessScope Anonymous => AccessScope.Anonymous;

    public static AccessScope Analyst { get; } = Scope(Roles.Analyst);

    public static AccessScope Viewer { get; } = Scope(Roles.Viewer);

    public static AccessScope Moldova { get; } = Scope(Roles.FocalPoint, "MDA");

    public static AccessScope Sweden { get; } = Scope(Roles.FocalPoint, "SWE");

    public static AccessScope Scope(string role, string? country = null) =>
        AccessScope.For(new PlatformPrincipal($"id-{role}{country}", $"{role}{country}@example.org".ToLowerInvariant(), [role], country));

    public static PracticeExamples Examples(MnrDbContext db, int minimumCellSize = 5) =>
        new(db, new AuditLog(db), DomainPlugins.Catalog, Options.Create(new DisclosureOptions { MinimumCellSize = minimumCellSize }), TimeProvider.System);

    public static PracticeLibrary Library(MnrDbContext db) => new(db, Search(db), new AuditLog(db));

    // The search is the attachments helper's; made the way the host makes it, whatever its constructor takes.
    public static ExampleSearch Search(MnrDbContext db)
    {
        var services = new ServiceCollection().AddSingleton(db).AddSingleton(TimeProvider.System).BuildServiceProvider();
        return ActivatorUtilities.CreateInstance<ExampleSearch>(services);
    }

    public static ExampleDraft Draft(string title = "A national child helpline with a chat service", string capability = Capability) => new(
        capability,
        title,
        "A free, round-the-clock helpline took calls and chats from children and referred them to services.",
        "Calls doubled in two years.",
        "Night staffing.",
        "Start with chat: children use it more.",
        3,
        ["https://www.example.org/helpline-report"],
        "Head of the helpline",
        null,
        false,
        "en");

    /// <summary>Records an example (by the secretariat), sends it for review and approves it at <paramref name="proposed"/>.</summary>
    public static async Task<int> ApprovedAsync(PracticeExamples examples, ExampleVisibility proposed, CancellationToken cancellationToken, string country = "MDA", ExampleDraft? draft = null)
    {
        var id = await examples.CreateAsync(Analyst, country, draft ?? Draft(), cancellationToken);
        await examples.SubmitAsync(Analyst, id, cancellationToken);
        await examples.CurateAsync(Analyst, id, new ExampleCuration([], proposed, Approve: true), cancellationToken);
        return id;
    }

    /// <summary>Invites <paramref name="countries"/> to a round, so they count as taking part.</summary>
    public static async Task InviteAsync(MnrDbContext db, IEnumerable<string> countries, CancellationToken cancellationToken)
    {
        var round = new SurveyRound { Code = $"round-{Guid.NewGuid():N}"[..20], Name = "Test round", Year = 2025, IncomeClassificationYear = 2025, CreatedAt = DateTimeOffset.UtcNow };
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var country in countries.Distinct(StringComparer.Ordinal))
        {
            db.RoundParticipants.Add(new RoundParticipant { RoundId = round.Id, InstrumentCode = "government-survey", CountryIso3 = country, InvitedAt = DateTimeOffset.UtcNow });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
