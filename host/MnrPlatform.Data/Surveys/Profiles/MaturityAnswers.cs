using System.Globalization;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Demo;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Surveys.Profiles;

/// <summary>
/// Reads a capability's self-assessment answers beyond its phase (the evidence and the action plan)
/// from a country's answers, finding the questions by their shape as <see cref="MaturityQuestionSet"/>
/// does: the plan's fields are the questions shown when "set an action plan?" is yes.
/// </summary>
internal sealed class MaturityAnswers
{
    private readonly Dictionary<string, MaturityQuestionSet> sets;

    public MaturityAnswers(FrameworkCatalog catalog)
    {
        var instruments = catalog.Capabilities
            .Select(c => catalog.PhaseQuestion(c.Item.Code))
            .OfType<QuestionInfo>()
            .SelectMany(q => q.Instruments)
            .Distinct(StringComparer.Ordinal);
        sets = instruments.SelectMany(i => MaturityQuestionSet.Of(catalog, i))
            .DistinctBy(s => s.Phase.CapabilityCode, StringComparer.Ordinal)
            .ToDictionary(s => s.Phase.CapabilityCode, StringComparer.Ordinal);
    }

    /// <summary>The evidence given for the capability's phase; null when none.</summary>
    public string? Evidence(string capabilityCode, IReadOnlyDictionary<string, string> answers) =>
        sets.TryGetValue(capabilityCode, out var set) && set.Evidence is { } evidence ? NonEmpty(answers.GetValueOrDefault(evidence.Id)) : null;

    /// <summary>The capability's action plan; null unless the country answered "set an action plan?" with yes.</summary>
    public ActionPlan? Plan(string capabilityCode, IReadOnlyDictionary<string, string> answers)
    {
        if (!sets.TryGetValue(capabilityCode, out var set) || set.Plan is not { } plan || answers.GetValueOrDefault(plan.Id) != AnswerCodes.Yes)
        {
            return null;
        }

        var fields = set.PlanFields;
        var target = fields.FirstOrDefault(f => f.Kind == QuestionKind.MaturityPhase);
        var support = fields.FirstOrDefault(f => f.Kind == QuestionKind.MultipleChoice);
        return new ActionPlan(
            target is not null && int.TryParse(answers.GetValueOrDefault(target.Id), CultureInfo.InvariantCulture, out var phase) ? phase : null,
            Text(fields, "actions", answers),
            Text(fields, "owner", answers),
            Text(fields, "timeline", answers),
            support is not null && answers.GetValueOrDefault(support.Id) is { } chosen
                ? [.. AnswerValues.Split(QuestionKind.MultipleChoice, chosen).Select(code => support.Options.FirstOrDefault(o => o.Code == code)?.Label.English ?? code)]
                : []);
    }

    // The plan's free-text fields, by the last part of their id (DomainKit's {…}.maturity.actions, .owner, .timeline).
    private static string? Text(IReadOnlyList<QuestionInfo> fields, string item, IReadOnlyDictionary<string, string> answers) =>
        fields.FirstOrDefault(f => f.Kind == QuestionKind.Text && f.Id.EndsWith("." + item, StringComparison.Ordinal)) is { } field
            ? NonEmpty(answers.GetValueOrDefault(field.Id))
            : null;

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
