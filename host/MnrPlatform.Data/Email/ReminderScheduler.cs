using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MnrPlatform.Data.Email.Templates;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Email;

/// <summary>
/// Queues deadline reminders: for each open round with a deadline, N days before it (each
/// configured N; a country's own deadline when it has one), to the focal points of each invited
/// country whose submission is not in (none yet, draft, or sent back with a query). Each reminder
/// goes once: its deduplication key is unique in the outbox, so a second instance or a second
/// pass that tries to queue it again is refused by the store and counted as already queued.
/// </summary>
public sealed class ReminderScheduler(MnrDbContext db, Outbox outbox, FocalPointDirectory focalPoints, IOptions<EmailOptions> options, IOptions<PlatformOptions> platform, TimeProvider clock)
{
    /// <summary>The statuses that still need the country to submit.</summary>
    private static readonly SubmissionStatus[] NotIn = [SubmissionStatus.Draft, SubmissionStatus.Queried];

    /// <summary>The outbox key that makes one reminder unique.</summary>
    public static string DeduplicationKey(string round, string instrument, string country, int daysBefore, string email) =>
        $"reminder:{round}:{instrument}:{country}:{daysBefore}:{email.ToLowerInvariant()}";

    /// <summary>Queues the reminders due now; returns how many were queued by this call.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var days = options.Value.Reminders.Days;
        var rounds = await db.SurveyRounds.AsNoTracking()
            .Where(r => r.Status == RoundStatus.Open && r.Deadline != null)
            .Include(r => r.Participants).Include(r => r.Instruments)
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var round in rounds)
        {
            var due = round.Participants
                .Select(p => (Participant: p, Deadline: p.DeadlineOverride ?? round.Deadline!.Value))
                .Select(x => (x.Participant, x.Deadline, Days: DueReminder(days, x.Deadline, now)))
                .Where(x => x.Days is not null)
                .ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var submitted = await db.Submissions.AsNoTracking()
                .Where(s => s.RoundId == round.Id && !NotIn.Contains(s.Status))
                .Select(s => new { s.CountryIso3, s.InstrumentCode })
                .ToListAsync(cancellationToken);
            var done = submitted.Select(s => (s.CountryIso3, s.InstrumentCode)).ToHashSet();
            var open = due.Where(x => !done.Contains((x.Participant.CountryIso3, x.Participant.InstrumentCode))).ToList();
            var countries = open.Select(x => x.Participant.CountryIso3).Distinct(StringComparer.Ordinal).ToList();
            var recipients = await focalPoints.RecipientsByCountryAsync(countries, cancellationToken);
            var names = await db.Countries.Where(c => countries.Contains(c.Iso3)).ToDictionaryAsync(c => c.Iso3, c => c.Name, cancellationToken);
            foreach (var (participant, deadline, n) in open)
            {
                var instrument = round.Instruments.FirstOrDefault(i => i.Code == participant.InstrumentCode)?.Name ?? participant.InstrumentCode;
                var link = EmailParts.Under(platform.Value.PublicUrl, $"surveys/{Uri.EscapeDataString(round.Code)}/{participant.CountryIso3}/{Uri.EscapeDataString(participant.InstrumentCode)}");
                foreach (var (to, language) in recipients[participant.CountryIso3])
                {
                    var key = DeduplicationKey(round.Code, participant.InstrumentCode, participant.CountryIso3, n!.Value, to);
                    var message = ReminderEmail.Create(to, language, round.Name, instrument, names.GetValueOrDefault(participant.CountryIso3, participant.CountryIso3), deadline, n.Value, link, key);
                    if (await QueueOnceAsync(message, cancellationToken))
                    {
                        queued++;
                    }
                }
            }
        }

        return queued;
    }

    /// <summary>
    /// The reminder due at <paramref name="now"/> for <paramref name="deadline"/>: the smallest
    /// configured N whose day has come (N days before or less remain); none after the deadline.
    /// A reminder whose day passed unsent (the round opened late) is not sent late.
    /// </summary>
    public static int? DueReminder(IReadOnlyList<int> days, DateTimeOffset deadline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (now >= deadline)
        {
            return null;
        }

        var left = deadline - now;
        var due = days.Where(n => left <= TimeSpan.FromDays(n)).ToList();
        return due.Count == 0 ? null : due.Min();
    }

    private async Task<bool> QueueOnceAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == message.DeduplicationKey, cancellationToken))
        {
            return false;
        }

        var row = outbox.Enqueue(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another instance queued the same reminder between the check and this insert.
            db.Entry(row).State = EntityState.Detached;
            return false;
        }
    }
}
