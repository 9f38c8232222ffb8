using Microsoft.AspNetCore.Components;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Components.Questionnaire;

/// <summary>One question of the questionnaire; a change is handed to <see cref="OnEdit"/> as the answer now stands.</summary>
public sealed partial class QuestionField
{
    private bool? notesOpen;

    /// <summary>The question.</summary>
    [Parameter, EditorRequired]
    public required QuestionInfo Question { get; set; }

    /// <summary>Its capability (the phase descriptors of a maturity question).</summary>
    [Parameter, EditorRequired]
    public required CapabilityInfo Capability { get; set; }

    /// <summary>The answer, comment and evidence link as they stand on the page.</summary>
    [Parameter, EditorRequired]
    public required AnswerInput Input { get; set; }

    /// <summary>The stored answer (who changed it, how often); null when none.</summary>
    [Parameter]
    public AnswerView? Answer { get; set; }

    /// <summary>Why the answer was refused.</summary>
    [Parameter]
    public string? Error { get; set; }

    /// <summary>Whether the answer on the page is saved.</summary>
    [Parameter]
    public FieldSave State { get; set; } = FieldSave.Unchanged;

    /// <summary>Whether the answer may be changed now.</summary>
    [Parameter]
    public bool Editable { get; set; }

    /// <summary>True when the question is shown because of another answer.</summary>
    [Parameter]
    public bool Dependent { get; set; }

    /// <summary>True when the open query is about this question.</summary>
    [Parameter]
    public bool QueriedHere { get; set; }

    /// <summary>Takes each change.</summary>
    [Parameter]
    public EventCallback<AnswerEdit> OnEdit { get; set; }

    private string? Value => Input.Value;

    private string? Comment => Input.Comment;

    private string? Evidence => Input.EvidenceUrl;

    private IReadOnlyList<string> Specials => AnswerRules.SpecialCodes(Question);

    private bool IsSpecial => Value is not null && Specials.Contains(Value);

    private bool IsChoice => Question.Kind is not (QuestionKind.Number or QuestionKind.Text);

    private bool IsMultiple => Question.Kind == QuestionKind.MultipleChoice;

    private HashSet<string> Chosen => Value is null ? [] : [.. AnswerValues.Split(Question.Kind, Value)];

    private string? DescribedBy =>
        string.Join(' ', new[] { Question.Help is null ? null : $"help-{Question.Id}", Error is null ? null : $"error-{Question.Id}" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    private IEnumerable<(string Code, string Label, string? Detail)> Choices =>
        OwnChoices.Concat(Specials.Select(code => (code, SubmissionLabels.Code(code), (string?)null)));

    private IEnumerable<(string Code, string Label, string? Detail)> OwnChoices => Question.Kind switch
    {
        QuestionKind.YesNo => Codes(AnswerCodes.Yes, AnswerCodes.No),
        QuestionKind.YesPartlyNo => Codes(AnswerCodes.Yes, AnswerCodes.Partly, AnswerCodes.No),
        QuestionKind.MaturityPhase => Enumerable.Range(1, MaturityDescriptors.PhaseCount).Select(p =>
            (p.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Phase {p}", (string?)Capability.Phases[p].English)),
        _ => Question.Options.Select(o => (o.Code, o.Label.English, (string?)null)),
    };

    /// <inheritdoc />
    protected override void OnParametersSet() =>
        // Open once when notes are given; afterwards the reader opens and closes it.
        notesOpen ??= Comment is not null || Evidence is not null;

    private static IEnumerable<(string, string, string?)> Codes(params string[] codes) =>
        codes.Select(c => (c, SubmissionLabels.Code(c), (string?)null));

    // A radio button reports its own choice; a checkbox adds or takes away its option.
    private Task ChooseAsync(string choice, object? boxChecked)
    {
        if (!IsMultiple)
        {
            return EditAsync(Input with { Value = choice }, typed: false);
        }

        var chosen = Chosen;
        if (boxChecked is true)
        {
            chosen.Add(choice);
        }
        else
        {
            chosen.Remove(choice);
        }

        var ordered = Choices.Select(c => c.Code).Where(chosen.Contains).ToList();
        return EditAsync(Input with { Value = ordered.Count == 0 ? null : AnswerValues.Join(ordered) }, typed: false);
    }

    private Task TypeAsync(string? text) => EditAsync(Input with { Value = Blank(text) }, typed: true);

    private Task SpecialAsync(string special) => EditAsync(Input with { Value = special.Length == 0 ? null : special }, typed: false);

    private Task NoteAsync(string? comment, string? evidence) =>
        EditAsync(comment is not null ? Input with { Comment = Blank(comment) } : Input with { EvidenceUrl = Blank(evidence) }, typed: true);

    private Task EditAsync(AnswerInput input, bool typed) => OnEdit.InvokeAsync(new AnswerEdit(Question.Id, input, typed));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
