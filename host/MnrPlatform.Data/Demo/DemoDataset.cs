using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Store;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Data.Demo;

/// <summary>
/// The synthetic demo dataset: the 2021 review round, generated to reproduce the review's Figure 1
/// and published counts, a 2023 self-assessment round with maturity phases (both published), and an
/// open 2026 self-assessment round with a few submissions in each state of the review, all from the
/// specs in samples/data/demo. Stored only into a store without rounds, and always labelled.
/// </summary>
public sealed partial class DemoDataset(MnrDbContext db, FrameworkCatalog catalog, TimeProvider clock, ILogger<DemoDataset> logger)
{
    /// <summary>The label every page, chart and export showing demo data carries.</summary>
    public const string Label = "synthetic demo data — not the real status of any country";

    /// <summary>
    /// Generates and stores the demo rounds in one transaction when the store has no survey round
    /// yet; returns the codes of the rounds stored (none when the store already had rounds).
    /// </summary>
    public async Task<IReadOnlyList<string>> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.SurveyRounds.AnyAsync(cancellationToken))
        {
            return [];
        }

        var reviewSpec = DemoSpecs.Review;
        var selfAssessmentSpec = DemoSpecs.SelfAssessment;
        var review = ReviewAnswerGenerator.Generate(reviewSpec, await IncomeGroupsAsync(reviewSpec.Round.IncomeClassificationYear, cancellationToken), catalog);
        var selfAssessment = SelfAssessmentGenerator.Generate(
            selfAssessmentSpec, review, await IncomeGroupsAsync(selfAssessmentSpec.Round.IncomeClassificationYear, cancellationToken), catalog);
        var openSpec = DemoSpecs.OpenRound;
        var open = OpenRoundGenerator.Generate(
            openSpec, selfAssessmentSpec, review, await IncomeGroupsAsync(openSpec.Round.IncomeClassificationYear, cancellationToken), catalog);

        GeneratedRound[] rounds = [review, selfAssessment, open];
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var round in rounds)
        {
            db.SurveyRounds.Add(ToEntity(round));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another writer stored a round with one of these codes meanwhile: the store has rounds, so nothing is seeded.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return [];
        }

        await transaction.CommitAsync(cancellationToken);
        return [.. rounds.Select(r => r.Round.Code)];
    }

    private SurveyRound ToEntity(GeneratedRound generated)
    {
        var now = clock.GetUtcNow();
        var round = new SurveyRound
        {
            Code = generated.Round.Code,
            Name = generated.Round.Name,
            Year = generated.Round.Year,
            IncomeClassificationYear = generated.Round.IncomeClassificationYear,
            Status = generated.Status,
            SyntheticDataLabel = Label,
            CreatedAt = now,
        };
        round.Instruments.AddRange(generated.Instruments.Select(code => new RoundInstrument
        {
            Code = code,
            Name = catalog.Instruments.FirstOrDefault(i => i.Code == code)?.Info.Name.English,
            RespondentType = catalog.Instruments.FirstOrDefault(i => i.Code == code)?.Info.RespondentType.English,
        }));

        var unknown = generated.Submissions.SelectMany(s => s.Answers.Keys).Distinct(StringComparer.Ordinal).Where(id => catalog.Question(id) is null).ToList();
        if (unknown.Count > 0)
        {
            QuestionsLeftOut(logger, generated.Round.Code, unknown.Count, string.Join(", ", unknown.Take(5)));
        }

        foreach (var submission in generated.Submissions)
        {
            var changed = now - submission.Age;
            var answered = now - (submission.Steps.Count > 0 ? submission.Steps[0].Ago : submission.Age);
            var entity = new Submission
            {
                CountryIso3 = submission.CountryIso3,
                InstrumentCode = submission.Instrument,
                Status = submission.Status,
                UpdatedAt = changed,
            };
            entity.Answers.AddRange(submission.Answers
                .Where(a => catalog.Question(a.Key) is not null)
                .Select(a => new Answer
                {
                    QuestionId = a.Key,
                    Value = a.Value,
                    SetBy = submission.AnsweredBy,
                    SetAt = submission.AnsweredBy is null ? null : answered,
                }));
            entity.Events.AddRange(submission.Steps.Select(step => new SubmissionEvent
            {
                At = now - step.Ago,
                Actor = step.Actor,
                Action = step.Action,
                FromStatus = step.From,
                ToStatus = step.To,
                Comment = step.Comment,
                QuestionId = step.QuestionId,
            }));
            round.Submissions.Add(entity);
        }

        return round;
    }

    private Task<Dictionary<string, IncomeGroup>> IncomeGroupsAsync(int fiscalYear, CancellationToken cancellationToken) =>
        db.CountryIncomeGroups.AsNoTracking()
            .Where(g => g.FiscalYear == fiscalYear)
            .ToDictionaryAsync(g => g.CountryIso3, g => g.Group, StringComparer.Ordinal, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo round {Round}: {Count} question(s) belong to no active plugin and were left out (e.g. {Examples})")]
    private static partial void QuestionsLeftOut(ILogger logger, string round, int count, string examples);
}
