using System.Text.Json;
using System.Text.Json.Serialization;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Surveys;

/// <summary>
/// A questionnaire frozen as JSON when a round opens: the domains, capabilities (with their phase
/// descriptors) and questions (texts, help, kinds, options, conditions) the form needs, so later
/// plugin versions change nothing in that round. Texts are objects of culture → wording, "en" always present.
/// </summary>
public static class QuestionnaireSnapshot
{
    /// <summary>The format version written in every snapshot.</summary>
    public const int Format = 1;

    private const string English = "en";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The JSON snapshot of <paramref name="questionnaire"/>.</summary>
    public static string Write(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var snapshot = new FrozenQuestionnaire(Format, questionnaire.InstrumentCode, [.. questionnaire.Domains.Select(d => new FrozenDomain(
            d.Domain.Code, Texts(d.Domain.Name), Texts(d.Domain.Description), d.Domain.Order,
            [.. d.Capabilities.Select(c => new FrozenCapability(
                c.Capability.Code, c.Capability.MnrNumber, Texts(c.Capability.Name), Texts(c.Capability.Description), Texts(c.Capability.WhyItMatters),
                [.. Enumerable.Range(1, MaturityDescriptors.PhaseCount).Select(p => Texts(c.Capability.Phases[p]))],
                [.. c.Questions.Select(q => new FrozenQuestion(
                    q.Id, Texts(q.Text), q.Help is null ? null : Texts(q.Help), q.Kind,
                    [.. q.Options.Select(o => new FrozenOption(o.Code, Texts(o.Label)))],
                    q.Required, q.ShownWhen, q.AllowDontKnow, q.AllowNotApplicable))]))]))]);
        return JsonSerializer.Serialize(snapshot, Json);
    }

    /// <summary>Reads a snapshot <see cref="Write"/> made back into a questionnaire.</summary>
    /// <exception cref="JsonException">The text is not a questionnaire snapshot of a known format.</exception>
    public static Questionnaire Read(string json)
    {
        var snapshot = JsonSerializer.Deserialize<FrozenQuestionnaire>(json, Json)
            ?? throw new JsonException("The questionnaire snapshot is empty.");
        if (snapshot.Format != Format)
        {
            throw new JsonException($"The questionnaire snapshot has format {snapshot.Format}; this host reads format {Format}.");
        }

        return Questionnaire.Of(snapshot.InstrumentCode, [.. snapshot.Domains.Select(d => new QuestionnaireDomain(
            new DomainInfo(d.Code, Text(d.Name), Text(d.Description), d.Order),
            [.. d.Capabilities.Select(c =>
            {
                var capability = new CapabilityInfo(c.Code, c.MnrNumber, Text(c.Name), Text(c.Description), Text(c.WhyItMatters),
                    new MaturityDescriptors(Text(c.Phases[0]), Text(c.Phases[1]), Text(c.Phases[2]), Text(c.Phases[3])));
                return new QuestionnaireCapability(capability, [.. c.Questions.Select(q => new QuestionInfo
                {
                    Id = q.Id,
                    CapabilityCode = c.Code,
                    Text = Text(q.Text),
                    Help = q.Help is null ? null : Text(q.Help),
                    Kind = q.Kind,
                    Options = [.. q.Options.Select(o => new AnswerOption(o.Code, Text(o.Label)))],
                    Required = q.Required,
                    ShownWhen = q.ShownWhen,
                    AllowDontKnow = q.AllowDontKnow,
                    AllowNotApplicable = q.AllowNotApplicable,
                    Instruments = [snapshot.InstrumentCode],
                })]);
            })]))]);
    }

    private static Dictionary<string, string> Texts(LocalizedText text) =>
        new(text.Translations.Prepend(KeyValuePair.Create(English, text.English)), StringComparer.OrdinalIgnoreCase);

    private static LocalizedText Text(Dictionary<string, string> texts) =>
        texts.Where(t => !string.Equals(t.Key, English, StringComparison.OrdinalIgnoreCase))
            .Aggregate(new LocalizedText(texts[English]), (text, t) => text.With(t.Key, t.Value));

    private sealed record FrozenQuestionnaire(int Format, string InstrumentCode, List<FrozenDomain> Domains);

    private sealed record FrozenDomain(string Code, Dictionary<string, string> Name, Dictionary<string, string> Description, int Order, List<FrozenCapability> Capabilities);

    private sealed record FrozenCapability(
        string Code,
        int MnrNumber,
        Dictionary<string, string> Name,
        Dictionary<string, string> Description,
        Dictionary<string, string> WhyItMatters,
        List<Dictionary<string, string>> Phases,
        List<FrozenQuestion> Questions);

    private sealed record FrozenQuestion(
        string Id,
        Dictionary<string, string> Text,
        Dictionary<string, string>? Help,
        QuestionKind Kind,
        List<FrozenOption> Options,
        bool Required,
        ShowWhen? ShownWhen,
        bool AllowDontKnow,
        bool AllowNotApplicable);

    private sealed record FrozenOption(string Code, Dictionary<string, string> Label);
}
