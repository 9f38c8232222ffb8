using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Instruments;

/// <summary>
/// Pre-fills a round's questionnaires with the answers its countries gave in
/// <see cref="SurveyRound.CarryForwardFrom"/>, marked carried forward until confirmed.
/// </summary>
/// <remarks>
/// A country has one submission per instrument in a round, so the source is that submission
/// whatever its status (validated, submitted, queried or a draft): nothing carried counts until the
/// country confirms or changes it, so a draft's answers are as safe to offer as validated ones.
/// Only answers to questions of the new round's questionnaire whose value its rules still accept
/// are carried; an answer the country already gave in the new round is never replaced.
/// </remarks>
public sealed class CarryForward(MnrDbContext db, FrameworkCatalog catalog)
{
    private readonly LiveQuestionnaires live = new(db, catalog);

    /// <summary>
    /// Adds draft submissions with carried-forward answers for <paramref name="round"/>'s
    /// participants (round tracked, its questionnaires frozen); returns how many answers were
    /// carried. The caller saves.
    /// </summary>
    public async Task<int> ApplyAsync(SurveyRound round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.CarryForwardFrom is not { } fromCode)
        {
            return 0;
        }

        var from = await db.SurveyRounds.AsNoTracking().Where(r => r.Code == fromCode).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"Round {round.Code} carries answers forward from {fromCode}, which does not exist.");
        if (round.Id != 0 && !db.Entry(round).Collection(r => r.Participants).IsLoaded)
        {
            await db.Entry(round).Collection(r => r.Participants).LoadAsync(cancellationToken);
        }

        var wanted = round.Participants.Select(p => (p.CountryIso3, p.InstrumentCode)).ToHashSet();
        var earlier = (await db.Submissions.AsNoTracking()
                .Where(s => s.RoundId == from)
                .Select(s => new { s.CountryIso3, s.InstrumentCode, Answers = s.Answers.Select(a => new { a.QuestionId, a.Value, a.Comment, a.EvidenceUrl, a.SetBy, a.SetAt }).ToList() })
                .ToListAsync(cancellationToken))
            .Where(s => wanted.Contains((s.CountryIso3, s.InstrumentCode)))
            .ToList();
        var existing = round.Id == 0
            ? []
            : await db.Submissions.Include(s => s.Answers).Where(s => s.RoundId == round.Id).ToListAsync(cancellationToken);
        var questionnaires = new Dictionary<string, Questionnaire>(StringComparer.Ordinal);
        var carried = 0;
        foreach (var source in earlier)
        {
            if (!questionnaires.TryGetValue(source.InstrumentCode, out var questionnaire))
            {
                questionnaire = questionnaires[source.InstrumentCode] = await QuestionnaireAsync(round, source.InstrumentCode, cancellationToken);
            }

            var target = existing.FirstOrDefault(s => s.CountryIso3 == source.CountryIso3 && s.InstrumentCode == source.InstrumentCode);
            var answers = new List<Answer>();
            foreach (var answer in source.Answers)
            {
                if (questionnaire.Question(answer.QuestionId) is not { } question
                    || AnswerRules.Normalize(question, answer.Value) is not { Value: { } value, Error: null }
                    || target?.Answers.Any(a => a.QuestionId == answer.QuestionId) == true)
                {
                    continue;
                }

                answers.Add(new Answer { QuestionId = answer.QuestionId, Value = value, Comment = answer.Comment, EvidenceUrl = answer.EvidenceUrl, SetBy = answer.SetBy, SetAt = answer.SetAt, CarriedFrom = fromCode });
            }

            if (answers.Count == 0)
            {
                continue;
            }

            if (target is null)
            {
                target = new Submission { CountryIso3 = source.CountryIso3, InstrumentCode = source.InstrumentCode, Status = SubmissionStatus.Draft, UpdatedAt = round.OpenedAt ?? DateTimeOffset.UtcNow };
                round.Submissions.Add(target);
                existing.Add(target);
            }

            target.Answers.AddRange(answers);
            carried += answers.Count;
        }

        return carried;
    }

    private Task<Questionnaire> QuestionnaireAsync(SurveyRound round, string instrumentCode, CancellationToken cancellationToken) =>
        round.Instruments.FirstOrDefault(i => i.Code == instrumentCode) is { } instrument
            ? instrument.Questionnaire is { } snapshot
                ? Task.FromResult(QuestionnaireSnapshot.Read(snapshot))
                : live.ForAsync(instrumentCode, RoundQuestionnaires.Selection(instrument.QuestionSelection), cancellationToken)
            : live.ForAsync(instrumentCode, null, cancellationToken);
}
