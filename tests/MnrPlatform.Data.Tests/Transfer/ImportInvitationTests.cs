using System.Text;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Transfer;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Tests.Transfer;

/// <summary>
/// An import into an open round may hold a country not invited yet: the preview says so and
/// applying invites it; a draft round takes no import; rounds from before invitations invite nobody.
/// </summary>
public sealed class ImportInvitationTests
{
    private static readonly string Question = Questionnaire.For(DomainPlugins.Catalog, TransferStore.Government).Questions.First(q => q.Kind == QuestionKind.YesNo).Id;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static byte[] File(params string[] countries) => Encoding.UTF8.GetBytes(
        string.Join("\n", ["round,country,instrument,question,value,comment,evidence", .. countries.Select(c => $"{TransferStore.Round},{c},{TransferStore.Government},{Question},yes,,")]) + "\n");

    private static async Task SetUpAsync(TransferStore store, RoundStatus status, bool opened, params string[] invited)
    {
        await using var db = store.Open();
        var round = await db.SurveyRounds.SingleAsync(r => r.Code == TransferStore.Round, Cancellation);
        round.Status = status;
        round.OpenedAt = opened ? DateTimeOffset.UtcNow.AddDays(-1) : null;
        db.RoundParticipants.AddRange(invited.Select(c => new RoundParticipant { RoundId = round.Id, CountryIso3 = c, InstrumentCode = TransferStore.Government }));
        await db.SaveChangesAsync(Cancellation);
    }

    [Fact]
    public async Task The_preview_lists_a_country_not_invited_yet_and_applying_invites_it()
    {
        await using var store = await TransferStore.CreateAsync(new SqliteTestStore());
        await SetUpAsync(store, RoundStatus.Open, opened: true, "KEN");

        var plan = await store.ReadAsync(File("KEN", "GHA"), "answers.csv");
        await store.ImportAsync(File("KEN", "GHA"), "answers.csv");

        Assert.True(plan.IsValid, string.Join(Environment.NewLine, plan.Problems));
        Assert.Equal(["GHA"], plan.Preview!.NotInvited);
        Assert.Equal([("GHA", true), ("KEN", false)], plan.Preview.Countries.Select(c => (c.CountryIso3, c.NotInvited)));
        await using var db = store.Open();
        Assert.Equal(["GHA", "KEN"], await db.RoundParticipants.OrderBy(p => p.CountryIso3).Select(p => p.CountryIso3).ToListAsync(Cancellation));
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.RoundCountriesChanged, Cancellation);
        Assert.Equal(("GHA", $"{TransferStore.Round}/{TransferStore.Government}"), (audit.CountryIso3, audit.Subject));
    }

    [Fact]
    public async Task A_round_from_before_invitations_invites_nobody()
    {
        await using var store = await TransferStore.CreateAsync(new SqliteTestStore());

        var plan = await store.ReadAsync(File("KEN"), "answers.csv");
        await store.ImportAsync(File("KEN"), "answers.csv");

        Assert.Empty(plan.Preview!.NotInvited);
        await using var db = store.Open();
        Assert.Empty(await db.RoundParticipants.ToListAsync(Cancellation));
    }

    [Fact]
    public async Task A_draft_round_refuses_an_import_with_the_reason()
    {
        await using var store = await TransferStore.CreateAsync(new SqliteTestStore(), status: RoundStatus.Draft);

        var plan = await store.ReadAsync(File("KEN"), "answers.csv");

        Assert.False(plan.IsValid);
        Assert.Contains(plan.Problems, p => p.Reason.Contains("round 2026-test is a draft: open it before importing answers", StringComparison.Ordinal));
    }
}
