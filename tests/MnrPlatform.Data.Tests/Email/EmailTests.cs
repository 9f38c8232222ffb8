using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Email.Templates;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Invitations;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Data.Tests.Email;

/// <summary>
/// E-mail and invitations on a real migrated store (SQLite file, and PostgreSQL when present) with
/// a real SMTP server (aiosmtpd): the outbox survives a server that is down, sends each message
/// once, reminders go once, and invitation links are single-use, expire and can be revoked.
/// </summary>
public abstract class EmailTests : IAsyncLifetime
{
    protected const string Round = "2026-survey";
    protected const string Instrument = "government";
    protected static readonly Uri LinkBase = new("https://mnr.test/");
    protected static readonly AccessScope Analyst = AccessScope.For(new PlatformPrincipal("analyst-id", "analyst@mnr.test", [Roles.Analyst], null));

    protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    protected CapturedLogs Logs { get; } = new();

    protected ITestStore Store { get; private set; } = null!;

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await using var db = await Store.OpenPreparedAsync(Cancellation);
        var round = new SurveyRound { Code = Round, Name = "2026 survey", Year = 2026, Status = RoundStatus.Open, IncomeClassificationYear = 2024, Deadline = Clock.Now.AddDays(20) };
        round.Instruments.Add(new RoundInstrument { Code = Instrument, Name = "Government survey" });
        foreach (var country in new[] { "KEN", "GHA", "PER" })
        {
            round.Participants.Add(new RoundParticipant { InstrumentCode = Instrument, CountryIso3 = country, InvitedAt = Clock.Now });
        }

        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(Cancellation);
        await using var services = Services(new Dictionary<string, string?>());
        await services.InScopeAsync(async s => { await s.GetRequiredService<AccountService>().EnsureRolesAsync(); return 0; });
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected ServiceProvider Services(IDictionary<string, string?> settings) => EmailServices.Build(Store.Connection, Clock, Logs, settings);

    protected static Task<InvitationIssued> InviteAsync(ServiceProvider services, string email, string country = "KEN") =>
        services.InScopeAsync(s => s.GetRequiredService<FocalPointInvitations>().InviteAsync(Analyst, new InvitationRequest(email, country, Round, Instrument), LinkBase, Cancellation));

    protected static Task<OutboxPass> SendAsync(ServiceProvider services) =>
        services.InScopeAsync(s => s.GetRequiredService<OutboxSender>().SendDueAsync(Cancellation));

    protected async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = Store.Open();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync(Cancellation);
    }

    [Fact]
    public async Task InvitationsMadeWhileTheSmtpServerIsDownArriveExactlyOnceWhenItIsUp()
    {
        await using var smtp = SmtpTestServer.Create();
        await using var services = Services(EmailServices.Smtp(smtp.Port));
        var issued = new List<InvitationIssued>();
        foreach (var (email, country) in new[] { ("ken1@gov.test", "KEN"), ("ken2@gov.test", "KEN"), ("gha@gov.test", "GHA") })
        {
            issued.Add(await InviteAsync(services, email, country));
        }

        Assert.All(issued, i => Assert.True(i.EmailQueued));
        var down = await SendAsync(services);
        Assert.Equal(new OutboxPass(0, 3, 0), down);
        Assert.All(await OutboxAsync(), m =>
        {
            Assert.Null(m.SentAt);
            Assert.Equal(1, m.Attempts);
            Assert.StartsWith("attempt 1 failed", m.LastError, StringComparison.Ordinal);
            Assert.Equal(Clock.Now.AddMinutes(1), m.NextAttemptAt);
            Assert.Null(m.LeaseOwner);
        });

        // Up again, but the backoff has not passed: nothing is tried yet.
        await smtp.StartAsync();
        Assert.Equal(new OutboxPass(0, 0, 0), await SendAsync(services));
        Clock.Now = Clock.Now.AddMinutes(2);
        Assert.Equal(new OutboxPass(3, 0, 0), await SendAsync(services));
        Assert.Equal(new OutboxPass(0, 0, 0), await SendAsync(services));

        var received = (await smtp.WaitForAsync(3, TimeSpan.FromSeconds(10))).Select(Parse).ToList();
        Assert.Equal(3, received.Count);
        Assert.Equal(["gha@gov.test", "ken1@gov.test", "ken2@gov.test"], received.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        foreach (var invitation in issued)
        {
            Assert.Single(received, m => (m.TextBody ?? "").Contains(invitation.Link.ToString(), StringComparison.Ordinal));
        }

        Assert.All(await OutboxAsync(), m => Assert.NotNull(m.SentAt));
        Assert.All(received, m => Assert.Equal("secretariat@mnr.test", m.From.Mailboxes.Single().Address));
    }

    [Fact]
    public async Task WithoutAnSmtpServerMessagesWaitAndSayWhy()
    {
        await using var services = Services(new Dictionary<string, string?>());
        var issued = await InviteAsync(services, "ken@gov.test");
        Assert.False(issued.EmailQueued);
        Assert.Equal(new OutboxPass(0, 0, 1), await SendAsync(services));
        var message = Assert.Single(await OutboxAsync());
        Assert.Null(message.SentAt);
        Assert.Equal(0, message.Attempts);
        Assert.Equal(OutboxSender.NoSmtpServer, message.LastError);
        var listed = Assert.Single(await services.InScopeAsync(s => s.GetRequiredService<FocalPointInvitations>().ListAsync(Analyst, Round, Cancellation)));
        Assert.Equal(OutboxSender.NoSmtpServer, listed.EmailStatus);
        Assert.Equal(InvitationState.Pending, listed.State);
    }

    [Fact]
    public async Task ARemindersGoesOnceToFocalPointsOfCountriesThatHaveNotSubmitted()
    {
        await using var services = Services(new Dictionary<string, string?> { ["Platform:PublicUrl"] = "https://mnr.test/" });
        await InviteAsync(services, "ken@gov.test", "KEN");
        await InviteAsync(services, "gha@gov.test", "GHA");
        await using (var db = Store.Open())
        {
            var round = await db.SurveyRounds.SingleAsync(r => r.Code == Round, Cancellation);
            db.Submissions.Add(new Submission { RoundId = round.Id, CountryIso3 = "GHA", InstrumentCode = Instrument, Status = SubmissionStatus.Submitted, UpdatedAt = Clock.Now });
            // Peru has its own, later deadline.
            var peru = await db.RoundParticipants.SingleAsync(p => p.RoundId == round.Id && p.CountryIso3 == "PER", Cancellation);
            peru.DeadlineOverride = round.Deadline!.Value.AddDays(30);
            await db.SaveChangesAsync(Cancellation);
        }

        await InviteAsync(services, "per@gov.test", "PER");
        Task<int> QueueAsync(ServiceProvider provider) => provider.InScopeAsync(s => s.GetRequiredService<ReminderScheduler>().QueueDueAsync(Cancellation));

        Assert.Equal(0, await QueueAsync(services)); // 20 days left: no reminder is due yet.
        Clock.Now = Clock.Now.AddDays(7); // 13 days left: the 14-day reminder.
        await using var other = Services(new Dictionary<string, string?> { ["Platform:PublicUrl"] = "https://mnr.test/" });
        var counts = await Task.WhenAll(QueueAsync(services), QueueAsync(other), QueueAsync(services));
        Assert.Equal(1, counts.Sum());
        Clock.Now = Clock.Now.AddDays(12.5); // half a day left: the 1-day reminder (7 days passed unseen is not sent late).
        Assert.Equal(1, await QueueAsync(services));
        Assert.Equal(0, await QueueAsync(other));

        var reminders = (await OutboxAsync()).Where(m => m.Kind == "reminder").ToList();
        Assert.Equal(
            [ReminderScheduler.DeduplicationKey(Round, Instrument, "KEN", 14, "ken@gov.test"), ReminderScheduler.DeduplicationKey(Round, Instrument, "KEN", 1, "ken@gov.test")],
            reminders.Select(m => m.DeduplicationKey));
        Assert.All(reminders, m => Assert.Equal("ken@gov.test", m.To));
        Assert.Contains("https://mnr.test/surveys/2026-survey/KEN/government", reminders[0].Body, StringComparison.Ordinal);
        Assert.Contains("tomorrow", reminders[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryAValidationAndThePublicationAreQueuedForTheFocalPointsTheyConcern()
    {
        await using var services = Services(new Dictionary<string, string?>());
        await InviteAsync(services, "ken@gov.test", "KEN");
        await InviteAsync(services, "gha@gov.test", "GHA");
        var platform = new PlatformOptions { PublicUrl = LinkBase };
        var kenya = new SubmissionKey(Round, "KEN", Instrument);
        await using (var db = Store.Open())
        {
            var round = await db.SurveyRounds.SingleAsync(r => r.Code == Round, Cancellation);
            db.Submissions.Add(new Submission { RoundId = round.Id, CountryIso3 = "KEN", InstrumentCode = Instrument, Status = SubmissionStatus.Submitted, UpdatedAt = Clock.Now });
            await db.SaveChangesAsync(Cancellation);
        }

        await using (var db = Store.Open())
        {
            await SubmissionService.Compose(db, DomainPlugins.Catalog, Clock, platform).QueryAsync(Analyst, kenya, "Please check the helpline answer.", null, Cancellation);
        }

        var query = Assert.Single(await OutboxAsync(), m => m.Kind == QueryRaisedEmail.Kind);
        Assert.Equal("ken@gov.test", query.To);
        Assert.Contains("Please check the helpline answer.", query.Body, StringComparison.Ordinal);
        Assert.Contains("https://mnr.test/surveys/2026-survey/KEN/government", query.Body, StringComparison.Ordinal);

        await using (var db = Store.Open())
        {
            (await db.Submissions.SingleAsync(s => s.CountryIso3 == "KEN", Cancellation)).Status = SubmissionStatus.Resubmitted;
            await db.SaveChangesAsync(Cancellation);
            await SubmissionService.Compose(db, DomainPlugins.Catalog, Clock, platform).ValidateAsync(Analyst, kenya, Cancellation);
        }

        Assert.Equal("ken@gov.test", Assert.Single(await OutboxAsync(), m => m.Kind == SubmissionValidatedEmail.Kind).To);

        foreach (var step in new[] { RoundStatus.Closed, RoundStatus.Published, RoundStatus.Closed, RoundStatus.Published })
        {
            await using var db = Store.Open();
            await RoundAdministration.Compose(db, DomainPlugins.Catalog, Clock, platform).SetStatusAsync(Analyst, Round, step, Cancellation);
        }

        // Every participating country's focal points hear of the publication, once each even when published again.
        Assert.Equal(["gha@gov.test", "ken@gov.test"], (await OutboxAsync()).Where(m => m.Kind == RoundPublishedEmail.Kind).Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(await OutboxAsync(), m => m.Kind != InvitationEmail.Kind && m.To == "gha@gov.test" && m.Kind != RoundPublishedEmail.Kind);
    }

    [Fact]
    public async Task AnInvitationLinkWorksOnceAndItsSecretIsNeitherStoredAuditedNorLogged()
    {
        await using var services = Services(new Dictionary<string, string?>());
        var issued = await InviteAsync(services, "new.person@gov.test");
        var secret = issued.Link.Segments[^1];
        Assert.Equal(new Uri(LinkBase, "invitation/" + secret), issued.Link);
        Assert.Equal(43, secret.Length); // 32 random bytes, base64url.

        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = await users.FindByEmailAsync("new.person@gov.test");
            Assert.NotNull(user);
            Assert.Equal("KEN", user.CountryIso3);
            Assert.Equal([Roles.FocalPoint], await users.GetRolesAsync(user));
            Assert.False(await users.HasPasswordAsync(user));
        }

        Task<InvitationAccepted> AcceptAsync(string password, string confirm) =>
            services.InScopeAsync(s => s.GetRequiredService<InvitationAcceptance>().AcceptAsync(secret, password, confirm, Cancellation));

        var mismatch = await AcceptAsync("a long enough password", "another long password");
        Assert.Equal(InvitationState.Pending, mismatch.State);
        Assert.Contains("Confirm password", Assert.Single(mismatch.Errors), StringComparison.Ordinal);
        var tooShort = await AcceptAsync("short", "short");
        Assert.Contains(tooShort.Errors, e => e.StartsWith("Password:", StringComparison.Ordinal));

        var accepted = await AcceptAsync("a long enough password", "a long enough password");
        Assert.True(accepted.Succeeded);
        Assert.Equal("/surveys/2026-survey/KEN/government", accepted.Landing);
        var again = await AcceptAsync("another long password", "another long password");
        Assert.Equal(InvitationState.Used, again.State);
        Assert.False(again.Succeeded);
        Assert.Equal(InvitationState.Used, (await services.InScopeAsync(s => s.GetRequiredService<InvitationAcceptance>().LookUpAsync(secret, Cancellation))).State);

        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = await users.FindByEmailAsync("new.person@gov.test");
            Assert.True(await users.CheckPasswordAsync(user!, "a long enough password"));
        }

        await using var db = Store.Open();
        var invitation = await db.FocalPointInvitations.SingleAsync(Cancellation);
        Assert.Equal(InvitationSecret.Hash(secret), invitation.TokenHash);
        var audit = await db.AuditEntries.AsNoTracking().ToListAsync(Cancellation);
        Assert.Contains(audit, e => e.Action == "invitation.issued");
        Assert.Contains(audit, e => e.Action == "invitation.accepted");
        Assert.DoesNotContain(audit, e => $"{e.Subject}|{e.OldValue}|{e.NewValue}".Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(await db.OutboxMessages.Select(m => m.DeduplicationKey).ToListAsync(Cancellation), k => k!.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResentRevokedExpiredAndUnknownLinksStopWorking()
    {
        await using var services = Services(new Dictionary<string, string?> { ["Invitations:ValidFor"] = "2.00:00:00" });
        InvitationAcceptance Acceptance(IServiceProvider s) => s.GetRequiredService<InvitationAcceptance>();
        Task<InvitationState> StateAsync(Uri link) => services.InScopeAsync(async s => (await Acceptance(s).LookUpAsync(link.Segments[^1], Cancellation)).State);

        var first = await InviteAsync(services, "ken@gov.test");
        var resent = await services.InScopeAsync(s => s.GetRequiredService<FocalPointInvitations>().ResendAsync(Analyst, first.InvitationId, LinkBase, Cancellation));
        Assert.Equal(first.InvitationId, resent.InvitationId);
        Assert.NotEqual(first.Link, resent.Link);
        Assert.Equal(InvitationState.Unknown, await StateAsync(first.Link));
        Assert.Equal(InvitationState.Pending, await StateAsync(resent.Link));
        Assert.Equal(2, (await OutboxAsync()).Count(m => m.Kind == "invitation"));

        var second = await InviteAsync(services, "ken.deputy@gov.test");
        await services.InScopeAsync(async s => { await s.GetRequiredService<FocalPointInvitations>().RevokeAsync(Analyst, second.InvitationId, Cancellation); return 0; });
        Assert.Equal(InvitationState.Revoked, await StateAsync(second.Link));
        var refused = await services.InScopeAsync(s => Acceptance(s).AcceptAsync(second.Link.Segments[^1], "a long enough password", "a long enough password", Cancellation));
        Assert.Equal(InvitationState.Revoked, refused.State);

        Clock.Now = Clock.Now.AddDays(3);
        Assert.Equal(InvitationState.Expired, await StateAsync(resent.Link));
        Assert.Equal(InvitationState.Unknown, await StateAsync(new Uri(LinkBase, "invitation/not-a-real-secret")));
        var list = await services.InScopeAsync(s => s.GetRequiredService<FocalPointInvitations>().ListAsync(Analyst, Round, Cancellation));
        Assert.Equal([InvitationState.Revoked, InvitationState.Expired], list.Select(i => i.State));
    }

    [Fact]
    public async Task OnlyTheSecretariatInvitesAndOnlyFocalPointsOfThatCountryAreBound()
    {
        await using var services = Services(new Dictionary<string, string?>());
        var focalPoint = AccessScope.For(new PlatformPrincipal("fp", "fp@gov.test", [Roles.FocalPoint], "KEN"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => services.InScopeAsync(s =>
            s.GetRequiredService<FocalPointInvitations>().InviteAsync(focalPoint, new InvitationRequest("x@gov.test", "KEN", Round, null), LinkBase, Cancellation)));

        await services.InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync(PlatformPrincipal.System("test"), new NewAccount("analyst2@mnr.test", Roles.Analyst, null, "a long enough password"), Cancellation));
        var analyst = await Assert.ThrowsAsync<InvitationException>(() => InviteAsync(services, "analyst2@mnr.test"));
        Assert.Contains("already has an account as Analyst", analyst.Message, StringComparison.Ordinal);

        await InviteAsync(services, "ken@gov.test", "KEN");
        var otherCountry = await Assert.ThrowsAsync<InvitationException>(() => InviteAsync(services, "ken@gov.test", "GHA"));
        Assert.Contains("focal point of KEN, not of GHA", otherCountry.Message, StringComparison.Ordinal);
        var notInvited = await Assert.ThrowsAsync<InvitationException>(() => InviteAsync(services, "fra@gov.test", "FRA"));
        Assert.StartsWith("Country:", notInvited.Message, StringComparison.Ordinal);
        var badEmail = await Assert.ThrowsAsync<InvitationException>(() => InviteAsync(services, "not an address"));
        Assert.StartsWith("E-mail:", badEmail.Message, StringComparison.Ordinal);

        // The same person again (a second instrument, a lost e-mail): the account is bound, not duplicated.
        var again = await InviteAsync(services, "KEN@gov.test".ToLowerInvariant(), "KEN");
        Assert.True(again.InvitationId > 0);
        await using var db = Store.Open();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == "ken@gov.test", Cancellation));
    }

    private static MimeMessage Parse(string raw)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
        return MimeMessage.Load(stream);
    }
}

public sealed class SqliteEmailTests : EmailTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlEmailTests : EmailTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();

    [Fact]
    public async Task TwoInstancesSendingFromOneStoreAtOnceSendEachMessageOnce()
    {
        await using var smtp = SmtpTestServer.Create();
        await smtp.StartAsync();
        var settings = EmailServices.Smtp(smtp.Port);
        settings["Email:Sender:BatchSize"] = "100";
        await using var first = Services(settings);
        await using var second = Services(settings);
        await using (var db = Store.Open())
        {
            var outbox = new Outbox(db, Clock);
            for (var i = 0; i < 40; i++)
            {
                outbox.Enqueue(new EmailMessage("test", $"person{i:00}@gov.test", $"Message {i:00}", "Hello."));
            }

            await db.SaveChangesAsync(Cancellation);
        }

        var passes = await Task.WhenAll(SendAsync(first), SendAsync(second), SendAsync(first), SendAsync(second));
        Assert.Equal(40, passes.Sum(p => p.Sent));
        Assert.Equal(0, passes.Sum(p => p.Failed));

        var received = await smtp.WaitForAsync(40, TimeSpan.FromSeconds(15));
        await Task.Delay(500, Cancellation); // a duplicate would arrive just after
        received = smtp.Messages();
        Assert.Equal(40, received.Count);
        var subjects = received.Select(r => r.Split('\n').First(l => l.StartsWith("Subject:", StringComparison.Ordinal)).Trim()).ToList();
        Assert.Equal(40, subjects.Distinct(StringComparer.Ordinal).Count());
        Assert.All(await OutboxAsync(), m => Assert.Equal(1, m.Attempts));
    }
}
