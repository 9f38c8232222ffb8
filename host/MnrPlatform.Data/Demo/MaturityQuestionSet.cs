using MnrPlatform.Core.Catalog;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Demo;

/// <summary>
/// A capability's self-assessment questions as the catalog has them: the phase, the evidence, the
/// "set an action plan?" question and the fields it shows, and the review's "in place?" question.
/// Found by their shape (kind, instrument, condition), not by id, except the review question, which
/// follows the domain plugins' <c>.in-place</c> convention.
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
            var questions = domain.Content.Questions.Where(q => q.CapabilityCode == capability.Code).ToList();
            var own = questions.Where(q => q.Instruments.Contains(instrument)).ToList();
            var phase = own.FirstOrDefault(q => q.Kind == QuestionKind.MaturityPhase && q.ShownWhen is null);
            if (phase is null)
            {
                return null;
            }

            var plan = own.FirstOrDefault(q => q.Kind == QuestionKind.YesNo && q.ShownWhen is null);
            return new MaturityQuestionSet(
                domain.Content.Domain.Code,
                domain.Content.Domain.Name.English,
                capability.Name.English,
                phase,
                own.FirstOrDefault(q => q.Kind == QuestionKind.Text && q.ShownWhen is null),
                plan,
                plan is null ? [] : [.. own.Where(q => q.ShownWhen?.QuestionId == plan.Id)],
                questions.FirstOrDefault(q => !q.Instruments.Contains(instrument) && q.Id.EndsWith(".in-place", StringComparison.Ordinal))?.Id);
        }).OfType<MaturityQuestionSet>())];
}
