using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Reference;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Demo;

/// <summary>
/// Generates the open demo round: the self-assessment generator's answers (with the shape of the
/// 2023 round and this round's seed) for the few countries the spec names, each in the state the
/// spec gives. A draft keeps the answers of its first capabilities, as a person fills the form top
/// down; the others are complete and carry the review steps that led to their state.
/// </summary>
internal static class OpenRoundGenerator
{
    private const int DaysFromSubmissionToReview = 3;

    public static GeneratedRound Generate(OpenRoundSpec spec, SelfAssessmentSpec shape, GeneratedRound review, IReadOnlyDictionary<string, IncomeGroup> incomeGroups, FrameworkCatalog catalog)
    {
        var generated = SelfAssessmentGenerator.Generate(shape with { Round = spec.Round, Seed = spec.Seed }, review, incomeGroups, catalog)
            .Submissions.ToDictionary(s => s.CountryIso3, StringComparer.Ordinal);
        var capabilities = MaturityQuestionSet.Of(catalog, shape.Instrument);
        var questionnaire = Questionnaire.For(catalog, shape.Instrument);

        var submissions = spec.Submissions.Select(wanted =>
        {
            if (!generated.TryGetValue(wanted.Country, out var full))
            {
                throw new InvalidDemoSpecException($"{wanted.Country} is not one of the review countries the self-assessment is generated for.");
            }

            var status = Status(wanted);
            var answers = status == SubmissionStatus.Draft ? FirstCapabilities(full.Answers, capabilities, wanted) : full.Answers;
            if (status != SubmissionStatus.Draft && questionnaire.Missing(answers) is { Count: > 0 } missing)
            {
                throw new InvalidDemoSpecException($"{wanted.Country} is {wanted.Status} but misses {missing.Count} required answers (e.g. {missing[0].Id}).");
            }

            var focalPoint = $"{wanted.Country} focal point (synthetic)";
            return full with
            {
                Answers = answers,
                Status = status,
                Age = TimeSpan.FromDays(wanted.DaysAgo),
                AnsweredBy = focalPoint,
                Steps = Steps(wanted, status, focalPoint, spec.Secretariat, catalog),
            };
        });

        return new GeneratedRound(spec.Round, [shape.Instrument], [.. submissions]) { Status = RoundStatus.Open };
    }

    private static SubmissionStatus Status(OpenSubmissionSpec wanted) =>
        Enum.TryParse<SubmissionStatus>(wanted.Status, ignoreCase: true, out var status) && status != SubmissionStatus.Resubmitted
            ? status
            : throw new InvalidDemoSpecException($"{wanted.Country}: the open round's submissions are draft, submitted, queried or validated, not '{wanted.Status}'.");

    private static Dictionary<string, string> FirstCapabilities(IReadOnlyDictionary<string, string> answers, IReadOnlyList<MaturityQuestionSet> capabilities, OpenSubmissionSpec wanted)
    {
        if (wanted.AnsweredShare is not { } share || share < 0 || share >= 1)
        {
            throw new InvalidDemoSpecException($"{wanted.Country}: a draft needs an answered share of at least 0 and below 1.");
        }

        var kept = capabilities.Take((int)Math.Round(share * capabilities.Count, MidpointRounding.AwayFromZero))
            .SelectMany(c => new[] { c.Phase, c.Evidence, c.Plan }.Concat(c.PlanFields))
            .OfType<Sdk.Content.QuestionInfo>()
            .Select(q => q.Id)
            .ToHashSet(StringComparer.Ordinal);
        return answers.Where(a => kept.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
    }

    private static IReadOnlyList<GeneratedStep> Steps(OpenSubmissionSpec wanted, SubmissionStatus status, string focalPoint, string secretariat, FrameworkCatalog catalog)
    {
        var reviewed = TimeSpan.FromDays(wanted.DaysAgo);
        var submitted = new GeneratedStep(focalPoint, SubmissionActions.Submitted, SubmissionStatus.Draft, SubmissionStatus.Submitted, reviewed + TimeSpan.FromDays(DaysFromSubmissionToReview));
        return status switch
        {
            SubmissionStatus.Submitted => [submitted with { Ago = reviewed }],
            SubmissionStatus.Queried => [submitted, Query(wanted, secretariat, reviewed, catalog)],
            SubmissionStatus.Validated => [submitted, new GeneratedStep(secretariat, SubmissionActions.Validated, SubmissionStatus.Submitted, SubmissionStatus.Validated, reviewed)],
            _ => [],
        };
    }

    private static GeneratedStep Query(OpenSubmissionSpec wanted, string secretariat, TimeSpan ago, FrameworkCatalog catalog)
    {
        var query = wanted.Query ?? throw new InvalidDemoSpecException($"{wanted.Country} is queried but the spec gives no query.");
        // Without the capability's plugin the question is about the whole submission, as the rest of the demo leaves out what no plugin asks.
        return new GeneratedStep(secretariat, SubmissionActions.Queried, SubmissionStatus.Submitted, SubmissionStatus.Queried, ago, query.Comment, catalog.PhaseQuestion(query.Capability)?.Id);
    }
}
