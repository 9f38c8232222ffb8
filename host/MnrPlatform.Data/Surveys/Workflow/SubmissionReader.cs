using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>
/// Reads submissions for the questionnaire and the secretariat's lists. A country's answers are
/// read only by that country and the secretariat (whose reads are audited); the lists show status
/// and progress, never answers.
/// </summary>
public sealed class SubmissionReader(MnrDbContext db, FrameworkCatalog catalog, AuditLog audit)
{
    /// <summary>One submission with its questionnaire, answers and history; a draft without answers when not started.</summary>
    public async Task<SubmissionView> OpenAsync(AccessScope scope, SubmissionKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(key);
        scope.DemandRead(key.CountryIso3);
        var round = await db.SurveyRounds.AsNoTracking().Include(r => r.Instruments).SingleOrDefaultAsync(r => r.Code == key.RoundCode, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round {key.RoundCode}.");
        var instrument = round.Instruments.FirstOrDefault(i => i.Code == key.InstrumentCode)
            ?? throw new KeyNotFoundException($"The round {round.Name} has no instrument {key.InstrumentCode}.");
        var country = await db.Countries.AsNoTracking().Where(c => c.Iso3 == key.CountryIso3).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no country {key.CountryIso3}.");
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Answers).Include(s => s.Events)
            .SingleOrDefaultAsync(s => s.RoundId == round.Id && s.CountryIso3 == key.CountryIso3 && s.InstrumentCode == key.InstrumentCode, cancellationToken);
        var changes = submission is null
            ? new Dictionary<string, int>()
            : await db.AnswerChanges.AsNoTracking().Where(c => c.SubmissionId == submission.Id)
                .GroupBy(c => c.QuestionId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
        await audit.RecordUnitReadAsync(scope, $"questionnaire {key}", [key.CountryIso3], cancellationToken);

        var status = submission?.Status ?? SubmissionStatus.Draft;
        return new SubmissionView(
            key,
            round.Name,
            round.Status,
            round.SyntheticDataLabel,
            View(instrument),
            country,
            submission is not null,
            status,
            submission?.UpdatedAt,
            Questionnaire.For(catalog, key.InstrumentCode),
            (submission?.Answers ?? []).ToDictionary(
                a => a.QuestionId,
                a => new AnswerView(a.Value, a.Comment, a.EvidenceUrl, a.SetBy, a.SetAt, changes.GetValueOrDefault(a.QuestionId)),
                StringComparer.Ordinal),
            [.. (submission?.Events ?? []).OrderBy(e => e.Id).Select(e => new SubmissionEventView(e.At, e.Actor, e.Action, e.ToStatus, e.Comment, e.QuestionId))],
            SubmissionRules.CanEdit(scope, round.Status, status, key.CountryIso3),
            SubmissionRules.CanSubmit(scope, round.Status, status, key.CountryIso3),
            SubmissionRules.CanReview(scope, round.Status, status),
            SubmissionRules.CanReopen(scope, round.Status, status));
    }

    /// <summary>
    /// The submissions of a round with status and progress, for the secretariat; a focal point gets
    /// its own country's only. Ordered by country name, then instrument.
    /// </summary>
    public async Task<IReadOnlyList<SubmissionSummary>> ListAsync(AccessScope scope, string roundCode, SubmissionFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        var round = await db.SurveyRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Code == roundCode, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round {roundCode}.");
        var submissions = await scope.Restrict(db.Submissions.AsNoTracking().Where(s => s.RoundId == round.Id))
            .Select(s => new { s.Id, s.CountryIso3, s.InstrumentCode, s.Status, s.UpdatedAt })
            .ToListAsync(cancellationToken);
        var ids = submissions.Select(s => s.Id).ToList();
        var answers = (await db.Answers.AsNoTracking().Where(a => ids.Contains(a.SubmissionId))
                .Select(a => new { a.SubmissionId, a.QuestionId, a.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.SubmissionId);
        var countries = submissions.Select(s => s.CountryIso3).Distinct().ToList();
        var names = await db.Countries.AsNoTracking().Where(c => countries.Contains(c.Iso3))
            .ToDictionaryAsync(c => c.Iso3, c => new { c.Name, c.Region }, cancellationToken);
        var incomeGroups = await db.CountryIncomeGroups.AsNoTracking()
            .Where(g => g.FiscalYear == round.IncomeClassificationYear && countries.Contains(g.CountryIso3))
            .ToDictionaryAsync(g => g.CountryIso3, g => g.Group, cancellationToken);
        var questionnaires = submissions.Select(s => s.InstrumentCode).Distinct()
            .ToDictionary(i => i, i => Questionnaire.For(catalog, i), StringComparer.Ordinal);

        return [.. submissions
            .Select(s =>
            {
                var values = answers[s.Id].ToDictionary(a => a.QuestionId, a => a.Value, StringComparer.Ordinal);
                var progress = questionnaires[s.InstrumentCode].Progress(values);
                var country = names[s.CountryIso3];
                return new SubmissionSummary(
                    new SubmissionKey(round.Code, s.CountryIso3, s.InstrumentCode),
                    country.Name,
                    country.Region,
                    incomeGroups.TryGetValue(s.CountryIso3, out var group) ? group : null,
                    s.Status,
                    progress.Sum(p => p.Answered),
                    progress.Sum(p => p.Shown),
                    s.UpdatedAt);
            })
            .Where(filter.Matches)
            .OrderBy(s => s.CountryName, StringComparer.CurrentCulture)
            .ThenBy(s => s.Key.InstrumentCode, StringComparer.Ordinal)];
    }

    /// <summary>The instruments of a round, in code order.</summary>
    public async Task<IReadOnlyList<InstrumentView>> InstrumentsAsync(string roundCode, CancellationToken cancellationToken) =>
        [.. (await db.Set<RoundInstrument>().AsNoTracking()
                .Join(db.SurveyRounds.Where(r => r.Code == roundCode), i => i.RoundId, r => r.Id, (i, _) => i)
                .ToListAsync(cancellationToken))
            .OrderBy(i => i.Code, StringComparer.Ordinal)
            .Select(View)];

    private static InstrumentView View(RoundInstrument instrument) =>
        new(instrument.Code, instrument.Name ?? instrument.Code, instrument.RespondentType);
}
