using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Exchanges;
using MnrPlatform.Data.Reference;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Tests.Exchanges;

/// <summary>Exchanges happen only with the consent of both countries, and neither sees the other before.</summary>
public sealed class ExchangeServiceTests : IAsyncLifetime
{
    private readonly SqliteTestStore store = new();
    private MnrDbContext db = null!;

    private static readonly AccessScope Analyst = Scope(Roles.Analyst);
    private static readonly AccessScope Kenya = Scope(Roles.FocalPoint, "KEN");
    private static readonly AccessScope Ghana = Scope(Roles.FocalPoint, "GHA");
    private static readonly AccessScope Rwanda = Scope(Roles.FocalPoint, "RWA");
    private static readonly AccessScope Viewer = Scope(Roles.Viewer);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        db = ((ITestStore)store).Open();
        await StoreMigrator.MigrateAsync(db, NullLogger.Instance, Cancellation);
        await new ReferenceDataImporter(db, TimeProvider.System).EnsureBuiltInAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await store.DisposeAsync();
    }

    private ExchangeService Service() => new(db, new AuditLog(db), TimeProvider.System);

    private static AccessScope Scope(string role, string? country = null) =>
        AccessScope.For(new PlatformPrincipal("id-" + role + country, $"{role}{country}@example.org", [role], country));

    private async Task<int> SuggestedAsync() =>
        await Service().SuggestAsync(Analyst, "2023-self-assessment", "child-helpline", "KEN", "GHA", "similar on 15 of 20 other capabilities", Cancellation);

    [Fact]
    public async Task A_suggestion_is_the_secretariats_alone_until_consent_is_asked()
    {
        var id = await SuggestedAsync();

        Assert.Empty(await Service().ListOwnAsync(Kenya, Cancellation));
        Assert.Empty(await Service().ListOwnAsync(Ghana, Cancellation));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Service().AnswerAsync(Kenya, id, true, "our helpline's data protocol", Cancellation));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().SuggestAsync(Kenya, "r", "child-helpline", "KEN", "GHA", null, Cancellation));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().ListAllAsync(Viewer, Cancellation));
    }

    [Fact]
    public async Task Before_both_consent_neither_country_sees_anything_of_the_other()
    {
        var id = await SuggestedAsync();
        await Service().RequestConsentAsync(Analyst, id, Cancellation);

        await Service().AnswerAsync(Kenya, id, true, "Our draft helpline standards", Cancellation);

        var kenya = Assert.Single(await Service().ListOwnAsync(Kenya, Cancellation));
        var ghana = Assert.Single(await Service().ListOwnAsync(Ghana, Cancellation));
        Assert.Equal((ExchangeRole.Learner, ConsentState.Accepted, null, null), (kenya.Role, kenya.Consent, kenya.OtherCountryIso3, kenya.OtherSharedScope));
        Assert.Equal((ExchangeRole.Host, ConsentState.Pending, null, null), (ghana.Role, ghana.Consent, ghana.OtherCountryIso3, ghana.OtherSharedScope));
        Assert.True(ghana.AwaitsAnswer);
        Assert.Empty(await Service().ListOwnAsync(Rwanda, Cancellation));
        await Assert.ThrowsAsync<ExchangeStateException>(() => Service().ArrangeAsync(Analyst, id, Cancellation));
    }

    [Fact]
    public async Task Once_both_consent_each_sees_the_other_and_what_it_shares_and_the_secretariat_arranges_and_completes()
    {
        var id = await SuggestedAsync();
        await Service().RequestConsentAsync(Analyst, id, Cancellation);
        await Service().AnswerAsync(Kenya, id, true, "Our draft helpline standards", Cancellation);
        await Service().AnswerAsync(Ghana, id, true, "A study visit to our helpline", Cancellation);

        var kenya = Assert.Single(await Service().ListOwnAsync(Kenya, Cancellation));
        Assert.Equal(("GHA", "A study visit to our helpline"), (kenya.OtherCountryIso3, kenya.OtherSharedScope));

        await Service().ArrangeAsync(Analyst, id, Cancellation);
        await Service().CompleteAsync(Analyst, id, "Kenya adopted the call-handling protocol.", Cancellation);

        var record = Assert.Single(await Service().ListAllAsync(Analyst, Cancellation));
        Assert.Equal(ExchangeStatus.Completed, record.Status);
        Assert.Equal(["suggested", "consent-requested", "accepted", "accepted", "arranged", "completed"], record.History.Select(h => h.Action));
        Assert.Equal(["KEN", "GHA"], record.History.Where(h => h.Action == "accepted").Select(h => h.CountryIso3));
        Assert.Equal("FocalPointKEN@example.org", record.History.Single(h => h.CountryIso3 == "KEN").Actor);
        Assert.Equal(6, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ExchangeStep, Cancellation));
    }

    [Fact]
    public async Task Only_the_countrys_own_focal_point_answers_for_it()
    {
        var id = await SuggestedAsync();
        await Service().RequestConsentAsync(Analyst, id, Cancellation);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().AnswerAsync(Analyst, id, true, "anything", Cancellation));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Service().AnswerAsync(Rwanda, id, true, "anything", Cancellation));
        await Assert.ThrowsAsync<ExchangeStateException>(() => Service().AnswerAsync(Kenya, id, true, "  ", Cancellation));
    }

    [Fact]
    public async Task A_refusal_or_a_withdrawal_closes_the_exchange_without_revealing_the_other_country()
    {
        var declined = await SuggestedAsync();
        await Service().RequestConsentAsync(Analyst, declined, Cancellation);
        await Service().AnswerAsync(Kenya, declined, true, "Our standards", Cancellation);
        await Service().AnswerAsync(Ghana, declined, false, null, Cancellation);

        var withdrawn = await SuggestedAsync();
        await Service().RequestConsentAsync(Analyst, withdrawn, Cancellation);
        await Service().AnswerAsync(Kenya, withdrawn, true, "Our standards", Cancellation);
        await Service().AnswerAsync(Ghana, withdrawn, true, "A visit", Cancellation);
        await Service().WithdrawAsync(Kenya, withdrawn, Cancellation);

        var kenya = await Service().ListOwnAsync(Kenya, Cancellation);
        var afterRefusal = kenya.Single(e => e.Id == declined);
        Assert.Equal((ExchangeStatus.Closed, null), (afterRefusal.Status, afterRefusal.OtherCountryIso3));
        var afterWithdrawal = kenya.Single(e => e.Id == withdrawn);
        Assert.Equal((ExchangeStatus.Closed, ConsentState.Withdrawn), (afterWithdrawal.Status, afterWithdrawal.Consent));
        await Assert.ThrowsAsync<ExchangeStateException>(() => Service().ArrangeAsync(Analyst, withdrawn, Cancellation));
        await Assert.ThrowsAsync<ExchangeStateException>(() => Service().WithdrawAsync(Ghana, withdrawn, Cancellation));
    }
}
