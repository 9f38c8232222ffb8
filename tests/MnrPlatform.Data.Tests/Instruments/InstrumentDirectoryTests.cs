using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Store;
using MnrPlatform.Data.Surveys.Instruments;

namespace MnrPlatform.Data.Tests.Instruments;

/// <summary>
/// Instruments as data: the plugins' declarations synced into the store, and instruments the
/// secretariat makes by picking questions from the catalogue.
/// </summary>
public abstract class InstrumentDirectoryTests : IAsyncLifetime
{
    private const string Phase = "victim.child-helpline.maturity.phase";
    private const string InPlace = "policy.legislation.maturity.phase";

    private static readonly AccessScope Analyst = AccessScope.For(new PlatformPrincipal("an", "analyst@example.org", [Roles.Analyst], null));
    private static readonly AccessScope Viewer = AccessScope.For(new PlatformPrincipal("vw", "viewer@example.org", [Roles.Viewer], null));

    private ITestStore store = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        await using var db = store.Open();
        await StoreMigrator.MigrateAsync(db, NullLogger.Instance, Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_plugins_declarations_are_synced_once_names_are_updated_and_nothing_is_deleted()
    {
        await using (var db = store.Open())
        {
            Assert.Equal(3, await Directory(db).SyncDeclaredAsync(Cancellation));
            Assert.Equal(0, await Directory(db).SyncDeclaredAsync(Cancellation));
        }

        await using (var db = store.Open())
        {
            var survey = await db.Instruments.SingleAsync(i => i.Code == "government-survey", Cancellation);
            Assert.Equal(("Government survey", "Government focal point"), (survey.Name, survey.RespondentType));
            Assert.Equal(6, survey.DeclaredBy!.Split(',').Length);
            survey.Name = "Old name";
            db.Instruments.Add(new Instrument { Code = "retired-survey", Name = "Retired", RespondentType = "Nobody", DeclaredBy = "gone.plugin" });
            await db.SaveChangesAsync(Cancellation);
            Assert.Equal(1, await Directory(db).SyncDeclaredAsync(Cancellation));
        }

        await using (var db = store.Open())
        {
            var list = await Directory(db).ListAsync(Cancellation);
            Assert.Equal(["government-survey", "maturity-self-assessment", "retired-survey", "unicef-country-office-survey"], list.Select(i => i.Code).Order(StringComparer.Ordinal));
            Assert.Equal("Government survey", list.Single(i => i.Code == "government-survey").Name);
            Assert.Equal(DomainPlugins.Catalog.Questions.Count(q => q.Item.Instruments.Contains("maturity-self-assessment")), list.Single(i => i.Code == "maturity-self-assessment").QuestionCount);
            Assert.Equal(0, list.Single(i => i.Code == "retired-survey").QuestionCount);
        }
    }

    [Fact]
    public async Task The_secretariat_makes_an_instrument_of_questions_from_several_plugins_and_changes_them()
    {
        await using (var db = store.Open())
        {
            await Directory(db).CreateAsync(Analyst, new InstrumentDraft(" follow-up ", "Follow-up survey", "National focal point", [InPlace, Phase]), Cancellation);
        }

        await using (var db = store.Open())
        {
            var summary = Assert.Single(await Directory(db).ListAsync(Cancellation));
            Assert.Equal(new InstrumentSummary("follow-up", "Follow-up survey", "National focal point", null, 2), summary);
            var preview = await Directory(db).PreviewAsync("follow-up", null, Cancellation);
            Assert.Equal(["policy", "victim"], preview.Domains.Select(d => d.Domain.Code).Order(StringComparer.Ordinal));
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.InstrumentCreated && e.Subject == "instrument follow-up", Cancellation));

            await Directory(db).SetQuestionsAsync(Analyst, "follow-up", [Phase], Cancellation);
        }

        await using (var db = store.Open())
        {
            Assert.Equal([Phase], await Directory(db).PickedQuestionsAsync("follow-up", Cancellation));
            Assert.Equal([Phase], (await Directory(db).PreviewAsync("follow-up", null, Cancellation)).Questions.Select(q => q.Id));
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.InstrumentQuestionsChanged, Cancellation));
        }
    }

    [Theory]
    [InlineData("Follow Up", "Follow-up", "code", "is not a stable code")]
    [InlineData("government-survey", "Government survey", "code", "already an instrument 'government-survey'")]
    [InlineData("follow-up", " ", "name", "Give the instrument a name")]
    public async Task A_wrong_field_is_refused_with_its_name(string code, string name, string field, string message)
    {
        await using var db = store.Open();
        await Directory(db).SyncDeclaredAsync(Cancellation);

        var error = await Assert.ThrowsAsync<InstrumentException>(() => Directory(db).CreateAsync(Analyst, new InstrumentDraft(code, name, "Someone", [Phase]), Cancellation));

        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_questions_no_questions_a_declared_instrument_and_a_viewer_are_refused()
    {
        await using var db = store.Open();
        await Directory(db).SyncDeclaredAsync(Cancellation);

        var unknown = await Assert.ThrowsAsync<InstrumentException>(() => Directory(db).CreateAsync(Analyst, new InstrumentDraft("follow-up", "Follow-up", "Someone", [Phase, "no.such.question"]), Cancellation));
        Assert.Equal(("questions", true), (unknown.Field, unknown.Message.Contains("no.such.question", StringComparison.Ordinal)));
        Assert.Equal("questions", (await Assert.ThrowsAsync<InstrumentException>(() => Directory(db).CreateAsync(Analyst, new InstrumentDraft("follow-up", "Follow-up", "Someone", []), Cancellation))).Field);
        var declared = await Assert.ThrowsAsync<InstrumentException>(() => Directory(db).SetQuestionsAsync(Analyst, "government-survey", [Phase], Cancellation));
        Assert.Contains("declared by plugin(s)", declared.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Directory(db).CreateAsync(Viewer, new InstrumentDraft("follow-up", "Follow-up", "Someone", [Phase]), Cancellation));
        Assert.False(await db.Instruments.AnyAsync(i => i.Code == "follow-up", Cancellation));
    }

    private static InstrumentDirectory Directory(MnrDbContext db) => new(db, DomainPlugins.Catalog, new AuditLog(db), TimeProvider.System);
}

public sealed class SqliteInstrumentDirectoryTests : InstrumentDirectoryTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlInstrumentDirectoryTests : InstrumentDirectoryTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
