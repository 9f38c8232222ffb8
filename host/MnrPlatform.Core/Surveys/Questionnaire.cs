using MnrPlatform.Core.Catalog;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Surveys;

/// <summary>
/// One instrument's questionnaire as the active plugins define it: domain → capability → questions,
/// in the plugins' order. It decides which questions a set of answers shows (conditions), which
/// required answers are missing, and the progress per domain. The form, the secretariat's list and
/// the importers all ask it, so they agree.
/// </summary>
public sealed class Questionnaire
{
    private readonly Dictionary<string, QuestionInfo> byId;

    private Questionnaire(string instrumentCode, IReadOnlyList<QuestionnaireDomain> domains)
    {
        InstrumentCode = instrumentCode;
        Domains = domains;
        byId = domains.SelectMany(d => d.Questions).ToDictionary(q => q.Id, StringComparer.Ordinal);
    }

    /// <summary>The instrument, e.g. <c>government-survey</c>.</summary>
    public string InstrumentCode { get; }

    /// <summary>The domains that have questions for the instrument, in catalog order.</summary>
    public IReadOnlyList<QuestionnaireDomain> Domains { get; }

    /// <summary>Every question of the instrument, in order.</summary>
    public IEnumerable<QuestionInfo> Questions => Domains.SelectMany(d => d.Questions);

    /// <summary>True when the questionnaire has no questions (no active plugin asks this instrument anything).</summary>
    public bool IsEmpty => Domains.Count == 0;

    /// <summary>Builds the questionnaire of <paramref name="instrumentCode"/> from the catalog.</summary>
    public static Questionnaire For(FrameworkCatalog catalog, string instrumentCode)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var domains = new List<QuestionnaireDomain>();
        foreach (var domain in catalog.Domains)
        {
            var content = domain.Content;
            var capabilities = content.Capabilities
                .Select(c => new QuestionnaireCapability(c, [.. content.Questions.Where(q => q.CapabilityCode == c.Code && q.Instruments.Contains(instrumentCode))]))
                .Where(c => c.Questions.Count > 0)
                .ToList();
            if (capabilities.Count > 0)
            {
                domains.Add(new QuestionnaireDomain(content.Domain, capabilities));
            }
        }

        return new Questionnaire(instrumentCode, domains);
    }

    /// <summary>A questionnaire of exactly <paramref name="domains"/>, e.g. read back from a frozen snapshot.</summary>
    public static Questionnaire Of(string instrumentCode, IReadOnlyList<QuestionnaireDomain> domains)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instrumentCode);
        ArgumentNullException.ThrowIfNull(domains);
        return new Questionnaire(instrumentCode, [.. domains.Where(d => d.Capabilities.Any(c => c.Questions.Count > 0))]);
    }

    /// <summary>
    /// The questionnaire of <paramref name="questionIds"/> from the catalog, whatever instruments they
    /// name (a secretariat instrument, a round's selection). Domains and capabilities come in catalog
    /// order, questions in the order given. A question whose condition reads a question not listed
    /// brings that question along, so it can be shown; ids the catalog does not have are left out.
    /// </summary>
    public static Questionnaire ForQuestions(FrameworkCatalog catalog, string instrumentCode, IEnumerable<string> questionIds)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(questionIds);
        var picked = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in questionIds)
        {
            AddWithConditions(catalog, id, picked, seen);
        }

        var position = picked.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var domains = new List<QuestionnaireDomain>();
        foreach (var domain in catalog.Domains)
        {
            var content = domain.Content;
            var capabilities = content.Capabilities
                .Select(c => new QuestionnaireCapability(c, [.. content.Questions
                    .Where(q => q.CapabilityCode == c.Code && position.ContainsKey(q.Id))
                    .OrderBy(q => position[q.Id])]))
                .Where(c => c.Questions.Count > 0)
                .ToList();
            if (capabilities.Count > 0)
            {
                domains.Add(new QuestionnaireDomain(content.Domain, capabilities));
            }
        }

        return new Questionnaire(instrumentCode, domains);
    }

    private static void AddWithConditions(FrameworkCatalog catalog, string id, List<string> picked, HashSet<string> seen)
    {
        if (!seen.Add(id) || catalog.Question(id)?.Item is not { } question)
        {
            return;
        }

        if (question.ShownWhen is { } condition)
        {
            AddWithConditions(catalog, condition.QuestionId, picked, seen);
        }

        picked.Add(id);
    }

    /// <summary>The question <paramref name="id"/> when it belongs to this instrument.</summary>
    public QuestionInfo? Question(string id) => byId.GetValueOrDefault(id);

    /// <summary>
    /// True when <paramref name="question"/> is shown given <paramref name="answers"/> (question id →
    /// stored value): it has no condition, or the question it depends on is shown and its answer
    /// holds the condition's code (one of the codes, for a multiple-choice answer).
    /// </summary>
    public bool IsShown(QuestionInfo question, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answers);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = question; current.ShownWhen is { } condition; current = byId[condition.QuestionId])
        {
            if (!seen.Add(current.Id) || !byId.TryGetValue(condition.QuestionId, out var parent)
                || !answers.TryGetValue(parent.Id, out var stored)
                || !AnswerValues.Split(parent.Kind, stored).Contains(condition.AnswerCode, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The shown, required questions without an answer, in order.</summary>
    public IReadOnlyList<QuestionInfo> Missing(IReadOnlyDictionary<string, string> answers) =>
        [.. Questions.Where(q => q.Required && IsShown(q, answers) && !answers.ContainsKey(q.Id))];

    /// <summary>Answered of shown questions, per domain, in domain order (example questions are not answered, so not counted).</summary>
    public IReadOnlyList<DomainProgress> Progress(IReadOnlyDictionary<string, string> answers) =>
        [.. Domains.Select(d =>
        {
            var shown = d.Questions.Where(q => q.Kind != QuestionKind.Example && IsShown(q, answers)).ToList();
            return new DomainProgress(d.Domain.Code, d.Domain.Name.English, shown.Count(q => answers.ContainsKey(q.Id)), shown.Count);
        })];
}

/// <summary>A domain's part of a questionnaire.</summary>
/// <param name="Domain">The domain.</param>
/// <param name="Capabilities">Its capabilities that have questions for the instrument.</param>
public sealed record QuestionnaireDomain(DomainInfo Domain, IReadOnlyList<QuestionnaireCapability> Capabilities)
{
    /// <summary>The domain's questions, capability by capability.</summary>
    public IEnumerable<QuestionInfo> Questions => Capabilities.SelectMany(c => c.Questions);
}

/// <summary>A capability's questions for the instrument, in registration order.</summary>
/// <param name="Capability">The capability (with its phase descriptors).</param>
/// <param name="Questions">Its questions.</param>
public sealed record QuestionnaireCapability(CapabilityInfo Capability, IReadOnlyList<QuestionInfo> Questions);

/// <summary>How far a domain is answered.</summary>
/// <param name="DomainCode">The domain.</param>
/// <param name="DomainName">Its name.</param>
/// <param name="Answered">Shown questions with an answer.</param>
/// <param name="Shown">Shown questions.</param>
public sealed record DomainProgress(string DomainCode, string DomainName, int Answered, int Shown);
