using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Reference;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Instruments;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>
/// Reads submissions for the questionnaire and the secretariat's lists. A country's answers are
/// read only by that country and the secretariat (whose reads are audited); the lists show status
/// and progress, never answers.
/// </summary>
public sealed class SubmissionReader(MnrDbContext db, FrameworkCatalog catalog, AuditLog audit)
{
    private readonly RoundQuestionnaires questionnaires = new(db, catalog, TimeProvider.System);

    /// <summary>One submission with its questionnaire, answers and history; a draft without answers when not started.</summary>
    public async Task<SubmissionView> OpenAsync(AccessScope scope, SubmissionKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(key);
        scope.DemandRead(key.CountryIso3);
        var round = await db.SurveyRounds.AsNoTracking().Include(r => r.Instruments).SingleOrDefaultAsync(r => r.Code == key.RoundCode, cancellationToken) is { } found && Visible(scope, found)
            ? found
            : throw new KeyNotFoundException($"There is no survey round {key.RoundCode}.");
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
        var questionnaire = (await questionnaires.ForRoundAsync(round.Id, [key.InstrumentCode], cancellationToken))[key.InstrumentCode];
        var carriedCodes = (submission?.Answers ?? []).Select(a => a.CarriedFrom).OfType<string>().Distinct().ToList();
        var carriedRounds = carriedCodes.Count == 0
            ? new Dictionary<string, string>()
            : await db.SurveyRounds.AsNoTracking().Where(r => carriedCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, StringComparer.Ordinal, cancellationToken);

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
            questionnaire,
            (submission?.Answers ?? []).ToDictionary(
                a => a.QuestionId,
                a => new AnswerView(a.Value, a.Comment, a.EvidenceUrl, a.SetBy, a.SetAt, changes.GetValueOrDefault(a.QuestionId)) { CarriedFrom = a.CarriedFrom },
                StringComparer.Ordinal),
            [.. (submission?.Events ?? []).OrderBy(e => e.Id).Select(e => new SubmissionEventView(e.At, e.Actor, e.Action, e.ToStatus, e.Comment, e.QuestionId))],
            SubmissionRules.CanEdit(scope, round.Status, status, key.CountryIso3),
            SubmissionRules.CanSubmit(scope, round.Status, status, key.CountryIso3),
            SubmissionRules.CanReview(scope, round.Status, status),
            SubmissionRules.CanReopen(scope, round.Status, status))
        {
            CarriedFromRounds = carriedCodes.ToDictionary(c => c, c => carriedRounds.GetValueOrDefault(c, c), StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The submissions of a round with status and progress, for the secretariat; a focal point gets
    /// its own country's only. Ordered by country name, then instrument.
    /// </summary>
    public async Task<IReadOnlyList<SubmissionSummary>> ListAsync(AccessScope scope, string roundCode, SubmissionFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        var round = await RoundAsync(scope, roundCode, cancellationToken);
        var rows = await Listed(scope, round).ToListAsync(cancellationToken);
        return [.. (await SummariesAsync(round, rows, cancellationToken))
            .Where(filter.Matches)
            .OrderBy(s => s.CountryName, StringComparer.CurrentCulture)
            .ThenBy(s => s.Key.InstrumentCode, StringComparer.Ordinal)];
    }

    /// <summary>
    /// One page of a round's submissions with status and progress: filtered, counted, sorted and
    /// paged in the database; the answers behind the progress are read for that page only. A focal
    /// point gets its own country's only.
    /// </summary>
    public async Task<SubmissionPage> PageAsync(AccessScope scope, string roundCode, SubmissionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        var round = await RoundAsync(scope, roundCode, cancellationToken);
        var rows = Filtered(Listed(scope, round), query.Filter);
        var matching = await rows.CountAsync(cancellationToken);
        var size = Math.Max(1, query.PageSize);
        var page = await SubmissionOrder.Apply(rows, query.Sort, query.Descending)
            .Skip(Math.Max(0, query.Page) * size).Take(size)
            .ToListAsync(cancellationToken);
        return new SubmissionPage(await SummariesAsync(round, page, cancellationToken), matching);
    }

    /// <summary>How many of a round's submissions the reader may see are in each status.</summary>
    public async Task<SubmissionCounts> CountsAsync(AccessScope scope, string roundCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var round = await RoundAsync(scope, roundCode, cancellationToken);
        var counts = await scope.Restrict(db.Submissions.AsNoTracking().Where(s => s.RoundId == round.Id))
            .GroupBy(s => s.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        return new SubmissionCounts(counts);
    }

    private async Task<SurveyRound> RoundAsync(AccessScope scope, string roundCode, CancellationToken cancellationToken) =>
        await db.SurveyRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Code == roundCode, cancellationToken) is { } round && Visible(scope, round)
            ? round
            : throw new KeyNotFoundException($"There is no survey round {roundCode}.");

    // A draft round is the secretariat's alone: to anyone else it does not exist.
    private static bool Visible(AccessScope scope, SurveyRound round) => round.Status != RoundStatus.Draft || scope.IsSecretariat;

    // A round's submissions the scope may read, with the country's name, region and income group in the round's classification year.
    private IQueryable<ListedSubmission> Listed(AccessScope scope, SurveyRound round) =>
        from s in scope.Restrict(db.Submissions.AsNoTracking().Where(s => s.RoundId == round.Id))
        join c in db.Countries.AsNoTracking() on s.CountryIso3 equals c.Iso3
        from g in db.CountryIncomeGroups.AsNoTracking()
            .Where(g => g.CountryIso3 == s.CountryIso3 && g.FiscalYear == round.IncomeClassificationYear).DefaultIfEmpty()
        select new ListedSubmission
        {
            Id = s.Id,
            CountryIso3 = s.CountryIso3,
            InstrumentCode = s.InstrumentCode,
            Status = s.Status,
            UpdatedAt = s.UpdatedAt,
            CountryName = c.Name,
            Region = c.Region,
            IncomeGroup = g == null ? null : g.Group,
        };

    private static IQueryable<ListedSubmission> Filtered(IQueryable<ListedSubmission> rows, SubmissionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Status is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }

        if (filter.Region is { } region)
        {
            rows = rows.Where(r => r.Region == region);
        }

        if (filter.IncomeGroup is { } group)
        {
            rows = rows.Where(r => r.IncomeGroup == group);
        }

        if (filter.Instrument is { } instrument)
        {
            rows = rows.Where(r => r.InstrumentCode == instrument);
        }

        return rows;
    }

    // Status and progress of the rows given: progress counts only the questions shown for the answers given.
    private async Task<IReadOnlyList<SubmissionSummary>> SummariesAsync(SurveyRound round, IReadOnlyList<ListedSubmission> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(s => s.Id).ToList();
        var answers = (await db.Answers.AsNoTracking().Where(a => ids.Contains(a.SubmissionId))
                .Where(a => a.CarriedFrom == null)
                .Select(a => new { a.SubmissionId, a.QuestionId, a.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.SubmissionId);
        var forms = await questionnaires.ForRoundAsync(round.Id, rows.Select(s => s.InstrumentCode), cancellationToken);
        return [.. rows.Select(s =>
        {
            var values = answers[s.Id].ToDictionary(a => a.QuestionId, a => a.Value, StringComparer.Ordinal);
            var progress = forms[s.InstrumentCode].Progress(values);
            return new SubmissionSummary(
                new SubmissionKey(round.Code, s.CountryIso3, s.InstrumentCode),
                s.CountryName,
                s.Region,
                s.IncomeGroup,
                s.Status,
                progress.Sum(p => p.Answered),
                progress.Sum(p => p.Shown),
                s.UpdatedAt);
        })];
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
