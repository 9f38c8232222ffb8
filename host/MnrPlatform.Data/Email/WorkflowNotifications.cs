using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MnrPlatform.Data.Email.Templates;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Email;

/// <summary>
/// The e-mail a workflow step causes: query raised and submission validated (to the country's focal
/// points), round published (to the focal points of every participating country). Each call only
/// queues the messages; the step's own SaveChanges writes them with the step, or not at all.
/// </summary>
public sealed class WorkflowNotifications(MnrDbContext db, Outbox outbox, FocalPointDirectory focalPoints, IOptions<PlatformOptions> platform)
{
    /// <summary>Composes the notifications without dependency injection (tests, the command line).</summary>
    public static WorkflowNotifications Compose(MnrDbContext db, TimeProvider clock, PlatformOptions? platform = null) =>
        new(db, new Outbox(db, clock), new FocalPointDirectory(db), Options.Create(platform ?? new PlatformOptions()));

    /// <summary>Queues "query raised" for <paramref name="submission"/>'s country.</summary>
    public async Task QueryRaisedAsync(SurveyRound round, Submission submission, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(submission);
        var (country, instrument) = await NamesAsync(round, submission, cancellationToken);
        var link = QuestionnaireLink(round, submission);
        foreach (var (to, language) in await focalPoints.RecipientsAsync(submission.CountryIso3, cancellationToken))
        {
            outbox.Enqueue(QueryRaisedEmail.Create(to, language, round.Name, instrument, country, question, link));
        }
    }

    /// <summary>Queues "submission validated" for <paramref name="submission"/>'s country.</summary>
    public async Task SubmissionValidatedAsync(SurveyRound round, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(submission);
        var (country, instrument) = await NamesAsync(round, submission, cancellationToken);
        var link = QuestionnaireLink(round, submission);
        foreach (var (to, language) in await focalPoints.RecipientsAsync(submission.CountryIso3, cancellationToken))
        {
            outbox.Enqueue(SubmissionValidatedEmail.Create(to, language, round.Name, instrument, country, link));
        }
    }

    /// <summary>Queues "round published" to the focal points of the countries invited to or answering <paramref name="round"/>.</summary>
    public async Task RoundPublishedAsync(SurveyRound round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var invited = db.RoundParticipants.Where(p => p.RoundId == round.Id).Select(p => p.CountryIso3);
        var answering = db.Submissions.Where(s => s.RoundId == round.Id).Select(s => s.CountryIso3);
        var countries = await invited.Union(answering).ToListAsync(cancellationToken);
        var names = await db.Countries.Where(c => countries.Contains(c.Iso3)).ToDictionaryAsync(c => c.Iso3, c => c.Name, cancellationToken);
        var recipients = await focalPoints.RecipientsByCountryAsync(countries, cancellationToken);
        var link = EmailParts.Under(platform.Value.PublicUrl, "/");
        // Published again after a correction: each person hears of it once.
        var prefix = $"published:{round.Code}:";
        var told = (await db.OutboxMessages.Where(m => m.DeduplicationKey != null && m.DeduplicationKey.StartsWith(prefix))
            .Select(m => m.DeduplicationKey!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var group in recipients.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var (to, language) in group.Where(r => !told.Contains(prefix + r.Email.ToLowerInvariant())))
            {
                outbox.Enqueue(RoundPublishedEmail.Create(to, language, round.Name, names.GetValueOrDefault(group.Key, group.Key), link) with { DeduplicationKey = prefix + to.ToLowerInvariant() });
            }
        }
    }

    private async Task<(string Country, string Instrument)> NamesAsync(SurveyRound round, Submission submission, CancellationToken cancellationToken)
    {
        var country = await db.Countries.Where(c => c.Iso3 == submission.CountryIso3).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        var instrument = await db.SurveyRounds.Where(r => r.Id == round.Id).SelectMany(r => r.Instruments).Where(i => i.Code == submission.InstrumentCode).Select(i => i.Name).FirstOrDefaultAsync(cancellationToken);
        return (country ?? submission.CountryIso3, instrument ?? submission.InstrumentCode);
    }

    private Uri? QuestionnaireLink(SurveyRound round, Submission submission) =>
        EmailParts.Under(platform.Value.PublicUrl, $"surveys/{Uri.EscapeDataString(round.Code)}/{submission.CountryIso3}/{Uri.EscapeDataString(submission.InstrumentCode)}");
}
