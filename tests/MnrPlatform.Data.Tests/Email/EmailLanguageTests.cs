using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Invitations;

namespace MnrPlatform.Data.Tests.Email;

/// <summary>
/// E-mails go out in their recipient's language (issue 22): an invitation in the language the
/// secretariat chose, a reminder in the one the focal point chose; subject, text and HTML parts alike,
/// Arabic right to left; links unchanged. Through a real SMTP server, on SQLite and PostgreSQL.
/// </summary>
public abstract class EmailLanguageTests : IAsyncLifetime
{
    private const string Round = "2026-survey";
    private const string Instrument = "government";
    private static readonly AccessScope Analyst = AccessScope.For(new PlatformPrincipal("analyst-id", "analyst@mnr.test", [Roles.Analyst], null));

    private ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private ITestStore Store { get; set; } = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await using var db = await Store.OpenPreparedAsync(Cancellation);
        var round = new SurveyRound { Code = Round, Name = "2026 survey", Year = 2026, Status = RoundStatus.Open, IncomeClassificationYear = 2024, Deadline = Clock.Now.AddDays(20) };
        round.Instruments.Add(new RoundInstrument { Code = Instrument, Name = "Government survey" });
        round.Participants.Add(new RoundParticipant { InstrumentCode = Instrument, CountryIso3 = "KEN", InvitedAt = Clock.Now });
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

    [Fact]
    public async Task An_invitation_sent_in_French_arrives_in_French_with_its_link_unchanged()
    {
        await using var smtp = SmtpTestServer.Create();
        await smtp.StartAsync();
        await using var services = Services(EmailServices.Smtp(smtp.Port));

        var issued = await services.InScopeAsync(s => s.GetRequiredService<FocalPointInvitations>().InviteAsync(
            Analyst, new InvitationRequest("ken@gov.test", "KEN", Round, Instrument, "fr"), new Uri("https://mnr.test/"), Cancellation));
        await using (var db = Store.Open())
        {
            var row = await db.OutboxMessages.AsNoTracking().SingleAsync(Cancellation);
            Assert.Equal("fr", row.Culture);
            Assert.Equal("Invitation : point focal pour Kenya – 2026 survey", row.Subject);
            Assert.Equal("fr", (await db.FocalPointInvitations.AsNoTracking().SingleAsync(Cancellation)).Culture);
        }

        Assert.Equal(new OutboxPass(1, 0, 0), await services.InScopeAsync(s => s.GetRequiredService<OutboxSender>().SendDueAsync(Cancellation)));
        var mail = Parse(Assert.Single(await smtp.WaitForAsync(1, TimeSpan.FromSeconds(10))));

        Assert.Equal("Invitation : point focal pour Kenya – 2026 survey", mail.Subject);
        Assert.StartsWith("Bonjour,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Suivez ce lien pour définir votre mot de passe et commencer :\n" + issued.Link, (mail.TextBody ?? "").ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Le secrétariat de l'Alliance", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Hello", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{issued.Link}\" dir=\"ltr\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Si vous n&#39;attendiez pas cette invitation", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("fr", mail.Body!.Headers[HeaderId.ContentLanguage]);
    }

    [Fact]
    public async Task A_reminder_to_a_focal_point_who_chose_Arabic_is_Arabic_and_right_to_left()
    {
        await using var smtp = SmtpTestServer.Create();
        await smtp.StartAsync();
        await using var services = Services(EmailServices.Smtp(smtp.Port));
        // Invited in English; the person then chose Arabic for the platform: reminders follow the person's choice.
        await services.InScopeAsync(s => s.GetRequiredService<FocalPointInvitations>().InviteAsync(
            Analyst, new InvitationRequest("ken@gov.test", "KEN", Round, Instrument), new Uri("https://mnr.test/"), Cancellation));
        await using (var db = Store.Open())
        {
            var user = await db.Users.SingleAsync(u => u.Email == "ken@gov.test", Cancellation);
            user.PreferredCulture = "ar";
            await db.SaveChangesAsync(Cancellation);
        }

        Clock.Now = Clock.Now.AddDays(19.5); // half a day before the deadline: the 1-day reminder.
        Assert.Equal(1, await services.InScopeAsync(s => s.GetRequiredService<ReminderScheduler>().QueueDueAsync(Cancellation)));
        Assert.Equal(new OutboxPass(2, 0, 0), await services.InScopeAsync(s => s.GetRequiredService<OutboxSender>().SendDueAsync(Cancellation)));
        var received = (await smtp.WaitForAsync(2, TimeSpan.FromSeconds(10))).Select(Parse).ToList();

        var invitation = Assert.Single(received, m => (m.TextBody ?? "").Contains("Hello,", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", invitation.HtmlBody, StringComparison.Ordinal);
        var reminder = Assert.Single(received, m => m != invitation);
        Assert.StartsWith("تذكير: موعد تقديم استبيان", reminder.Subject, StringComparison.Ordinal);
        Assert.StartsWith("تحية طيبة،", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("يحين غدًا", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("مارس 2026", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("\u2068Kenya\u2069", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://mnr.test/surveys/2026-survey/KEN/government", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", reminder.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<body dir=\"rtl\"", reminder.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://mnr.test/surveys/2026-survey/KEN/government\" dir=\"ltr\">", reminder.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Hello", reminder.TextBody, StringComparison.Ordinal);
        await using var check = Store.Open();
        Assert.Equal("ar", (await check.OutboxMessages.AsNoTracking().SingleAsync(m => m.Kind == "reminder", Cancellation)).Culture);
    }

    [Fact]
    public void A_language_that_is_not_offered_falls_back_to_English()
    {
        Assert.Equal("en", EmailLanguage.Normalize(null));
        Assert.Equal("en", EmailLanguage.Normalize("de"));
        Assert.Equal("fr", EmailLanguage.Normalize("fr-CA"));
        Assert.Equal("ar", EmailLanguage.Normalize(" AR "));
    }

    private ServiceProvider Services(IDictionary<string, string?> settings) => EmailServices.Build(Store.Connection, Clock, new CapturedLogs(), settings);

    private static MimeMessage Parse(string raw)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
        return MimeMessage.Load(stream);
    }
}

public sealed class SqliteEmailLanguageTests : EmailLanguageTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlEmailLanguageTests : EmailLanguageTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
