using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Demo;

/// <summary>
/// The synthetic demo dataset: the 2021 review round, generated to reproduce the review's Figure 1
/// and published counts, and a 2023 self-assessment round with maturity phases, both from the specs
/// in samples/data/demo. Stored only into a store without rounds, and always labelled.
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
        var review = ReviewAnswerGenerator.Generate(reviewSpec, await IncomeGroupsAsync(reviewSpec.Round.IncomeClassificationYear, cancellationToken));
        var selfAssessment = SelfAssessmentGenerator.Generate(
            selfAssessmentSpec, review, await IncomeGroupsAsync(selfAssessmentSpec.Round.IncomeClassificationYear, cancellationToken), catalog);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var round in new[] { review, selfAssessment })
        {
            db.SurveyRounds.Add(ToEntity(round));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [review.Round.Code, selfAssessment.Round.Code];
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
            Status = RoundStatus.Published,
            SyntheticDataLabel = Label,
            CreatedAt = now,
        };
        round.Instruments.AddRange(generated.Instruments.Select(code => new RoundInstrument { Code = code }));

        var unknown = generated.Submissions.SelectMany(s => s.Answers.Keys).Distinct(StringComparer.Ordinal).Where(id => catalog.Question(id) is null).ToList();
        if (unknown.Count > 0)
        {
            QuestionsLeftOut(logger, generated.Round.Code, unknown.Count, string.Join(", ", unknown.Take(5)));
        }

        foreach (var submission in generated.Submissions)
        {
            var entity = new Submission
            {
                CountryIso3 = submission.CountryIso3,
                InstrumentCode = submission.Instrument,
                Status = SubmissionStatus.Validated,
                UpdatedAt = now,
            };
            entity.Answers.AddRange(submission.Answers
                .Where(a => catalog.Question(a.Key) is not null)
                .Select(a => new Answer { QuestionId = a.Key, Value = a.Value }));
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
