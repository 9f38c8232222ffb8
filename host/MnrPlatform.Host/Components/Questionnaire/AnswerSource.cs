using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Host.Components.Questionnaire;

/// <summary>
/// What the questionnaire's fields show: per question the answer as it stands on the page, a
/// refusal, and whether it is saved. The interactive page takes it from <see cref="AnswerAutosave"/>;
/// a no-JavaScript post that was refused, and the section fragments, from <see cref="FormAnswers"/>.
/// </summary>
public interface IAnswerSource
{
    /// <summary>The answers that decide which questions are shown (what is on the page).</summary>
    IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>The saved answers, which the progress counts.</summary>
    IReadOnlyDictionary<string, string> Stored { get; }

    /// <summary>The answer, comment and evidence link the field shows.</summary>
    AnswerInput Input(string questionId);

    /// <summary>Why the answer was refused; null when it was not.</summary>
    string? Refusal(string questionId);

    /// <summary>Whether the answer on the page is saved.</summary>
    FieldSave State(string questionId);
}

/// <summary>Where a field's answer is.</summary>
public enum FieldSaveStatus
{
    /// <summary>Unchanged since the page was opened.</summary>
    Unchanged,

    /// <summary>Changed; saved after a pause in typing.</summary>
    Pending,

    /// <summary>Being saved.</summary>
    Saving,

    /// <summary>Saved.</summary>
    Saved,

    /// <summary>Not saved (refused, or the save failed); <see cref="FieldSave.Reason"/> says why.</summary>
    NotSaved,
}

/// <summary>A field's save state and, when not saved, why.</summary>
/// <param name="Status">Where the answer is.</param>
/// <param name="Reason">Why it is not saved.</param>
public sealed record FieldSave(FieldSaveStatus Status, string? Reason = null)
{
    /// <summary>Nothing changed.</summary>
    public static FieldSave Unchanged { get; } = new(FieldSaveStatus.Unchanged);
}

/// <summary>A change made in a field.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="Input">The answer with its comment and evidence link as they now stand.</param>
/// <param name="Typed">True for typing (saved after a pause); false for a choice (saved at once).</param>
public sealed record AnswerEdit(string QuestionId, AnswerInput Input, bool Typed);

/// <summary>The answers of a posted form (typed over stored) with the service's refusals.</summary>
public sealed class FormAnswers(QuestionnaireForm form, SubmissionView view) : IAnswerSource
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Values { get; } = form.Values(view);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Stored => view.ConfirmedValues;

    /// <inheritdoc />
    public AnswerInput Input(string questionId) =>
        new(form.ValueOf(view, questionId), form.CommentOf(view, questionId), form.EvidenceOf(view, questionId));

    /// <inheritdoc />
    public string? Refusal(string questionId) => form.Errors.GetValueOrDefault(questionId);

    /// <inheritdoc />
    public FieldSave State(string questionId) =>
        Refusal(questionId) is { } error ? new FieldSave(FieldSaveStatus.NotSaved, error) : FieldSave.Unchanged;
}
