using Microsoft.Extensions.Primitives;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Sdk.Content;
using QuestionnaireModel = MnrPlatform.Core.Surveys.Questionnaire;

namespace MnrPlatform.Host.Components.Questionnaire;

/// <summary>
/// What a person typed into the questionnaire form, and what was refused: the form re-renders from
/// it so nothing typed is lost. Field names: <c>q</c> lists the questions in the form; per question
/// <c>a.{id}</c> the answer (several for a multiple choice), <c>s.{id}</c> "don't know" or "not
/// applicable" beside a number or text, <c>c.{id}</c> a comment, <c>e.{id}</c> an evidence link.
/// </summary>
public sealed class QuestionnaireForm
{
    /// <summary>The field listing the questions in the form.</summary>
    public const string QuestionsField = "q";

    /// <summary>The reply to an open query, sent with the answers.</summary>
    public const string ReplyField = "reply";

    private QuestionnaireForm(IReadOnlyDictionary<string, AnswerInput> inputs, IReadOnlyDictionary<string, string> errors, string? reply)
    {
        Inputs = inputs;
        Errors = errors;
        Reply = reply;
    }

    /// <summary>Nothing typed: the form shows the stored answers.</summary>
    public static QuestionnaireForm Stored { get; } = new(new Dictionary<string, AnswerInput>(), new Dictionary<string, string>(), null);

    /// <summary>Question id → what was typed.</summary>
    public IReadOnlyDictionary<string, AnswerInput> Inputs { get; }

    /// <summary>Question id → why it was refused.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }

    /// <summary>The reply typed to an open query.</summary>
    public string? Reply { get; }

    /// <summary>The field name of the answer to <paramref name="questionId"/>.</summary>
    public static string AnswerField(string questionId) => "a." + questionId;

    /// <summary>The field name of "don't know" / "not applicable" beside a number or text answer.</summary>
    public static string SpecialField(string questionId) => "s." + questionId;

    /// <summary>The field name of the comment on <paramref name="questionId"/>.</summary>
    public static string CommentField(string questionId) => "c." + questionId;

    /// <summary>The field name of the evidence link of <paramref name="questionId"/>.</summary>
    public static string EvidenceField(string questionId) => "e." + questionId;

    /// <summary>
    /// Reads the posted form: the questions it lists (only those of <paramref name="domainCode"/>
    /// when given), multiple-choice boxes joined with '|'. A question the questionnaire does not
    /// know is kept, so the service refuses it.
    /// </summary>
    public static QuestionnaireForm Read(IFormCollection form, QuestionnaireModel questionnaire, string? domainCode = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(questionnaire);
        var inDomain = domainCode is null
            ? null
            : questionnaire.Domains.Where(d => d.Domain.Code == domainCode).SelectMany(d => d.Questions).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var inputs = new Dictionary<string, AnswerInput>(StringComparer.Ordinal);
        foreach (var id in form[QuestionsField].OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (inDomain is not null && !inDomain.Contains(id))
            {
                continue;
            }

            var special = Text(form[SpecialField(id)]);
            var value = special ?? (questionnaire.Question(id)?.Kind == QuestionKind.MultipleChoice
                ? Text(new StringValues(AnswerValues.Join(form[AnswerField(id)].OfType<string>().Where(v => v.Length > 0))))
                : Text(form[AnswerField(id)]));
            inputs[id] = new AnswerInput(value, Text(form[CommentField(id)]), Text(form[EvidenceField(id)]));
        }

        return new QuestionnaireForm(inputs, new Dictionary<string, string>(), Text(form[ReplyField]));
    }

    /// <summary>The same typed values with the service's refusals.</summary>
    public QuestionnaireForm WithErrors(IReadOnlyDictionary<string, string> errors) => new(Inputs, errors, Reply);

    /// <summary>The stored answers again (after a save), keeping only the typed reply.</summary>
    public QuestionnaireForm AfterSave() => new(Stored.Inputs, Stored.Errors, Reply);

    /// <summary>The value to show for <paramref name="questionId"/>: typed, else stored.</summary>
    public string? ValueOf(SubmissionView view, string questionId)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Inputs.TryGetValue(questionId, out var typed) ? typed.Value : view.Answers.GetValueOrDefault(questionId)?.Value;
    }

    /// <summary>The comment to show: typed, else stored.</summary>
    public string? CommentOf(SubmissionView view, string questionId)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Inputs.TryGetValue(questionId, out var typed) ? typed.Comment : view.Answers.GetValueOrDefault(questionId)?.Comment;
    }

    /// <summary>The evidence link to show: typed, else stored.</summary>
    public string? EvidenceOf(SubmissionView view, string questionId)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Inputs.TryGetValue(questionId, out var typed) ? typed.EvidenceUrl : view.Answers.GetValueOrDefault(questionId)?.EvidenceUrl;
    }

    /// <summary>
    /// The answers that decide which questions are shown: the stored ones with the typed ones laid
    /// over them (a blank typed value hides what depends on it).
    /// </summary>
    public IReadOnlyDictionary<string, string> Values(SubmissionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var values = new Dictionary<string, string>(view.Values, StringComparer.Ordinal);
        foreach (var (id, input) in Inputs)
        {
            if (input.Value is { } value)
            {
                values[id] = value;
            }
            else
            {
                values.Remove(id);
            }
        }

        return values;
    }

    private static string? Text(StringValues values) =>
        values.OfType<string>().FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
