using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Rounds;

namespace MnrPlatform.Data.Tests.Rounds;

/// <summary>
/// Setting a round up on a real migrated store (SQLite file, and PostgreSQL when present): every
/// field checked with its name, countries chosen by list, region, income group or an earlier round,
/// invitations and deadlines only in the states that allow them, late countries, audit.
/// </summary>
public abstract class RoundSetupTests : IAsyncLifetime
{
    internal static readonly AccessScope Analyst = RoundFixture.Scope(Roles.Analyst);

    private readonly RoundFixture fixture = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync() => await fixture.InitializeAsync(await CreateStoreAsync());

    public async ValueTask DisposeAsync()
    {
        await fixture.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static RoundDefinition Definition(string code = "2027-review", params string[] countries) =>
        new(code, "2027 review", 2027, [RoundFixture.Government, RoundFixture.SelfAssessment])
        {
            Countries = CountrySelection.Of(countries),
            Deadline = RoundFixture.Start.AddDays(60),
        };

    [Fact]
    public async Task A_new_round_is_a_draft_with_each_instrument_and_country_and_the_newest_classification()
    {
        var code = await fixture.SetupAsync(s => s.CreateAsync(Analyst, Definition("2027-review", "KEN", "gha", "PER"), Cancellation));

        await using var db = fixture.Open();
        var round = await db.SurveyRounds.Include(r => r.Instruments).Include(r => r.Participants).SingleAsync(r => r.Code == code, Cancellation);
        var newest = await db.CountryIncomeGroups.MaxAsync(g => g.FiscalYear, Cancellation);
        Assert.Equal((RoundStatus.Draft, 2027, newest, RoundFixture.Start), (round.Status, round.Year, round.IncomeClassificationYear, round.CreatedAt));
        Assert.Equal(RoundFixture.Start.AddDays(60), round.Deadline);
        Assert.Equal(
            [(RoundFixture.Government, "Government survey", "Government focal point"), (RoundFixture.SelfAssessment, "Maturity self-assessment", "National focal point")],
            round.Instruments.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i => (i.Code, i.Name, i.RespondentType)));
        Assert.Equal(6, round.Participants.Count);
        Assert.Equal(["GHA", "KEN", "PER"], round.Participants.Where(p => p.InstrumentCode == RoundFixture.Government).Select(p => p.CountryIso3).Order(StringComparer.Ordinal));
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.RoundCreated, Cancellation);
        Assert.Equal(("2027-review", Analyst.Actor.Name), (entry.Subject, entry.Actor));
        Assert.Contains("\"KEN\"", entry.NewValue, StringComparison.Ordinal);
    }

    public static TheoryData<string, RoundDefinition, string> WrongFields => new()
    {
        { "code", Definition(" "), "code" },
        { "code", Definition("2027 review!"), "'2027 review!'" },
        { "code", Definition(RoundFixture.OldRound), $"'{RoundFixture.OldRound}' exists already" },
        { "name", Definition() with { Name = "" }, "name" },
        { "year", Definition() with { Year = 1850 }, "1850" },
        { "classificationYear", Definition() with { IncomeClassificationYear = 1990 }, "1990" },
        { "instruments", Definition() with { Instruments = [] }, "at least one instrument" },
        { "instruments", Definition() with { Instruments = ["no-such-survey"] }, "'no-such-survey'" },
        { "countries", Definition("2027-review", "KEN", "XYZ"), "'XYZ'" },
        { "countries", Definition() with { Countries = new([], ["Atlantis"], [], null) }, "'Atlantis'" },
        { "countries", Definition() with { Countries = new([], [], ["rich"], null) }, "'rich'" },
        { "countries", Definition() with { Countries = new([], [], [], "1999-review") }, "'1999-review'" },
        { "deadline", Definition() with { Deadline = RoundFixture.Start.AddDays(-1) }, "passed" },
        { "carryForward", Definition() with { CarryForwardFrom = "1999-review" }, "'1999-review'" },
    };

    [Theory]
    [MemberData(nameof(WrongFields))]
    public async Task A_wrong_field_is_refused_with_its_name_and_nothing_is_stored(string field, RoundDefinition definition, string named)
    {
        var refused = await Assert.ThrowsAsync<RoundSetupException>(() => fixture.SetupAsync(s => s.CreateAsync(Analyst, definition, Cancellation)));

        Assert.Equal(field, refused.Field);
        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await fixture.ReadAsync(db => db.SurveyRounds.CountAsync(Cancellation)));
    }

    [Fact]
    public async Task Countries_come_from_a_region_an_income_group_and_the_submissions_of_an_old_round()
    {
        await using var reference = fixture.Open();
        var year = await reference.CountryIncomeGroups.MaxAsync(g => g.FiscalYear, Cancellation);
        var eastAfrica = await reference.Countries.Where(c => c.IntermediateRegion == "Eastern Africa").Select(c => c.Iso3).ToListAsync(Cancellation);
        var high = await reference.CountryIncomeGroups.Where(g => g.FiscalYear == year && g.Group == IncomeGroup.High).Select(g => g.CountryIso3).ToListAsync(Cancellation);
        Assert.NotEmpty(eastAfrica);
        Assert.NotEmpty(high);

        var definition = Definition() with { Instruments = [RoundFixture.Government], Countries = new(["PER"], ["eastern africa"], ["HIC"], RoundFixture.OldRound) };
        await fixture.SetupAsync(s => s.CreateAsync(Analyst, definition, Cancellation));

        var invited = await fixture.ReadAsync(db => db.RoundParticipants.Select(p => p.CountryIso3).ToListAsync(Cancellation));
        Assert.Equal(eastAfrica.Union(high).Union(["PER", "GHA", "IND"]).Order(StringComparer.Ordinal), invited.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_countries_of_a_round_with_participants_are_its_participants()
    {
        await fixture.SetupAsync(s => s.CreateAsync(Analyst, Definition("2027-review", "KEN"), Cancellation));

        await fixture.SetupAsync(s => s.CreateAsync(Analyst, Definition("2028-review") with { Countries = new([], [], [], "2027-review") }, Cancellation));

        var invited = await fixture.ReadAsync(db => db.RoundParticipants.Where(p => p.InstrumentCode == RoundFixture.Government)
            .Join(db.SurveyRounds.Where(r => r.Code == "2028-review"), p => p.RoundId, r => r.Id, (p, _) => p.CountryIso3).ToListAsync(Cancellation));
        Assert.Equal(["KEN"], invited);
    }

    [Theory]
    [InlineData(Roles.Viewer, null)]
    [InlineData(Roles.FocalPoint, "KEN")]
    public async Task Only_the_secretariat_sets_rounds_up(string role, string? country)
    {
        var scope = RoundFixture.Scope(role, country);

        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SetupAsync(s => s.CreateAsync(scope, Definition(), Cancellation)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SetupAsync(s => s.InviteCountriesAsync(scope, RoundFixture.OldRound, null, CountrySelection.Of("KEN"), Cancellation)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SetupAsync(s => s.ParticipantsAsync(scope, RoundFixture.OldRound, Cancellation)));
    }

    [Fact]
    public async Task Inviting_adds_only_new_countries_and_a_draft_lets_one_be_taken_off()
    {
        await fixture.SetupAsync(s => s.CreateAsync(Analyst, Definition("2027-review", "KEN"), Cancellation));

        var added = await fixture.SetupAsync(s => s.InviteCountriesAsync(Analyst, "2027-review", RoundFixture.Government, CountrySelection.Of("KEN", "GHA"), Cancellation));
        await fixture.SetupAsync(async s => { await s.RemoveCountryAsync(Analyst, "2027-review", RoundFixture.SelfAssessment, "ken", Cancellation); return 0; });

        Assert.Equal(1, added);
        var invited = await fixture.ReadAsync(db => db.RoundParticipants.OrderBy(p => p.InstrumentCode).ThenBy(p => p.CountryIso3).Select(p => p.InstrumentCode + ":" + p.CountryIso3).ToListAsync(Cancellation));
        Assert.Equal([$"{RoundFixture.Government}:GHA", $"{RoundFixture.Government}:KEN"], invited);
        Assert.Equal(2, await fixture.ReadAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.RoundCountriesChanged, Cancellation)));
        var missing = await Assert.ThrowsAsync<RoundSetupException>(() => fixture.SetupAsync(async s => { await s.RemoveCountryAsync(Analyst, "2027-review", RoundFixture.SelfAssessment, "PER", Cancellation); return 0; }));
        Assert.Contains("PER is not invited", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_round_takes_new_countries_but_keeps_its_questions_and_invited_countries()
    {
        await fixture.SetupAsync(s => s.CreateAsync(Analyst, Definition("2027-review", "KEN"), Cancellation));
        await fixture.SetStatusDirectlyAsync("2027-review", RoundStatus.Open);

        Assert.Equal(2, await fixture.SetupAsync(s => s.InviteCountriesAsync(Analyst, "2027-review", null, CountrySelection.Of("GHA"), Cancellation)));
        var remove = await Assert.ThrowsAsync<RoundSetupException>(() => fixture.SetupAsync(async s => { await s.RemoveCountryAsync(Analyst, "2027-review", RoundFixture.Government, "KEN", Cancellation); return 0; }));
        var questions = await Assert.ThrowsAsync<RoundSetupException>(() => fixture.SetupAsync(async s => { await s.SetQuestionSelectionAsync(Analyst, "2027-review", RoundFixture.SelfAssessment, [RoundFixture.PhaseQuestion], Cancellation); return 0; }));
        Assert.Contains("only while a round is a draft; 2027 review is open", remove.Message, StringComparison.Ordinal);
        Assert.Equal("questions", questions.Field);

        await fixture.SetStatusDirectlyAsync("2027-review", RoundStatus.Closed);
        var closed = await Assert.ThrowsAsync<RoundSetupException>(() => fixture.SetupAsync(s => s.InviteCountriesAsync(Analyst, "2027-review", null, CountrySelection.Of("PER"), Cancellation)));
        Assert.Contains("is closed", closed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_keeps_a_choice_of_known_questions_and_refuses_unknown_ones()
    {
        await fixture.SetupAsync(s => s.CreateAsync(Analyst, Definition("2027-review", "KEN"), Cancellation));

        await fixture.SetupAsync(async s => { await s.SetQuestionSelectionAsync(Analyst, "2027-review", RoundFixture.SelfAssessment, [RoundFixture.PhaseQuestion], Cancellation); return 0; });
        var unknown = await Assert.ThrowsAsync<RoundSetupException>(() => fixture.SetupAsync(async s => { await s.SetQuestionSelectionAsync(Analyst, "2027-review", RoundFixture.SelfAssessment, ["no.such.question"], Cancellation); return 0; }));

        Assert.Equal(("questions", true), (unknown.Field, unknown.Message.Contains("'no.such.question'", StringComparison.Ordinal)));
        var selection = await fixture.ReadAsync(db => db.Set<RoundInstrument>().Where(i => i.Code == RoundFixture.SelfAssessment).Select(i => i.QuestionSelection).SingleAsync(Cancellation));
        Assert.Equal($"[\"{RoundFixture.PhaseQuestion}\"]", selection);
    }

    [Fact]
    public async Task Late_countries_are_open_round_participants_past_their_deadline_without_a_submission()
    {
        await fixture.SetupAsync(s => s.CreateAsync(Analyst, Definition("2027-review", "KEN", "GHA", "PER") with { Instruments = [RoundFixture.Government] }, Cancellation));
        await fixture.SetupAsync(async s => { await s.SetDeadlineAsync(Analyst, "2027-review", RoundFixture.Start.AddDays(90), "PER", Cancellation); return 0; });
        await fixture.SetStatusDirectlyAsync("2027-review", RoundStatus.Open);
        await fixture.AddSubmissionAsync("2027-review", "GHA", RoundFixture.Government, SubmissionStatus.Submitted);
        await fixture.AddSubmissionAsync("2027-review", "KEN", RoundFixture.Government, SubmissionStatus.Draft);

        var before = await fixture.SetupAsync(s => s.ParticipantsAsync(Analyst, "2027-review", Cancellation));
        fixture.Clock.Now = RoundFixture.Start.AddDays(61);
        var after = await fixture.SetupAsync(s => s.ParticipantsAsync(Analyst, "2027-review", Cancellation));

        Assert.DoesNotContain(before, p => p.IsLate);
        Assert.Equal(["Ghana", "Kenya", "Peru"], after.Select(p => p.CountryName));
        Assert.Equal(
            [(SubmissionStatus.Submitted, false, false), (SubmissionStatus.Draft, false, true), (null, true, false)],
            after.Select(p => ((SubmissionStatus?)p.SubmissionStatus, p.HasOwnDeadline, p.IsLate)));
        Assert.Equal(RoundFixture.Start.AddDays(90), after[2].Deadline);
    }

    [Fact]
    public async Task A_deadline_moves_for_the_round_or_one_invited_country_and_only_into_the_future()
    {
        await fixture.SetupAsync(s => s.CreateAsync(Analyst, Definition("2027-review", "KEN"), Cancellation));

        await fixture.SetupAsync(async s => { await s.SetDeadlineAsync(Analyst, "2027-review", RoundFixture.Start.AddDays(75), null, Cancellation); return 0; });
        await fixture.SetupAsync(async s => { await s.SetDeadlineAsync(Analyst, "2027-review", RoundFixture.Start.AddDays(80), "KEN", Cancellation); return 0; });
        var past = await Assert.ThrowsAsync<RoundSetupException>(() => fixture.SetupAsync(async s => { await s.SetDeadlineAsync(Analyst, "2027-review", RoundFixture.Start.AddHours(-1), null, Cancellation); return 0; }));
        var stranger = await Assert.ThrowsAsync<RoundSetupException>(() => fixture.SetupAsync(async s => { await s.SetDeadlineAsync(Analyst, "2027-review", RoundFixture.Start.AddDays(80), "PER", Cancellation); return 0; }));

        Assert.Equal(("deadline", "country"), (past.Field, stranger.Field));
        Assert.Equal(RoundFixture.Start.AddDays(75), await fixture.ReadAsync(db => db.SurveyRounds.Where(r => r.Code == "2027-review").Select(r => r.Deadline).SingleAsync(Cancellation)));
        Assert.All(await fixture.ReadAsync(db => db.RoundParticipants.ToListAsync(Cancellation)), p => Assert.Equal(RoundFixture.Start.AddDays(80), p.DeadlineOverride));
        Assert.Equal(2, await fixture.ReadAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.RoundDeadlineChanged, Cancellation)));
    }
}

public sealed class SqliteRoundSetupTests : RoundSetupTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlRoundSetupTests : RoundSetupTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
