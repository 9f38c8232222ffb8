using MnrPlatform.Core.Catalog;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Demo;

/// <summary>
/// A capability's self-assessment questions as the catalog has them: the phase, the evidence, the
/// "set an action plan?" question and the fields it shows, and the review's "in place?" question.
/// The phase and review questions are the catalog's (<see cref="FrameworkCatalog.PhaseQuestion"/>,
/// <see cref="FrameworkCatalog.InPlaceQuestion"/>); the others are found by their shape (kind,
/// instrument, condition).
/// </summary>
internal sealed record MaturityQuestionSet(
    string DomainCode,
    string DomainName,
    string Name,
    QuestionInfo Phase,
    QuestionInfo? Evidence,
    QuestionInfo? Plan,
    IReadOnlyList<QuestionInfo> PlanFields,
    string? ReviewInPlaceId)
{
    public static IReadOnlyList<MaturityQuestionSet> Of(FrameworkCatalog catalog, string instrument) =>
        [.. catalog.Domains.SelectMany(domain => domain.Content.Capabilities.Select(capability =>
        {
            var phase = catalog.PhaseQuestion(capability.Code);
            if (phase is null || !phase.Instruments.Contains(instrument))
            {
                return null;
            }

            var own = domain.Content.Questions.Where(q => q.CapabilityCode == capability.Code && q.Instruments.Contains(instrument)).ToList();
            var plan = own.FirstOrDefault(q => q.Kind == QuestionKind.YesNo && q.ShownWhen is null);
            return new MaturityQuestionSet(
                domain.Content.Domain.Code,
                domain.Content.Domain.Name.English,
                capability.Name.English,
                phase,
                own.FirstOrDefault(q => q.Kind == QuestionKind.Text && q.ShownWhen is null),
                plan,
                plan is null ? [] : [.. own.Where(q => q.ShownWhen?.QuestionId == plan.Id)],
                catalog.InPlaceQuestion(capability.Code) is { } review && !review.Instruments.Contains(instrument) ? review.Id : null);
        }).OfType<MaturityQuestionSet>())];
}
