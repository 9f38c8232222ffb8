using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MnrPlatform.Host.Components.Common;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;
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

    private IEnumerable<(string Code, ChoiceLabel Label, LocalizedText? Detail)> Choices =>
        OwnChoices.Concat(Specials.Select(code => (code, ChoiceLabel.OfCode(code), (LocalizedText?)null)));

    private IEnumerable<(string Code, ChoiceLabel Label, LocalizedText? Detail)> OwnChoices => Question.Kind switch
    {
        QuestionKind.YesNo => Codes(AnswerCodes.Yes, AnswerCodes.No),
        QuestionKind.YesPartlyNo => Codes(AnswerCodes.Yes, AnswerCodes.Partly, AnswerCodes.No),
        QuestionKind.MaturityPhase => Enumerable.Range(1, MaturityDescriptors.PhaseCount).Select(p =>
            (p.ToString(CultureInfo.InvariantCulture), ChoiceLabel.OfPhase(p), (LocalizedText?)Capability.Phases[p])),
        _ => Question.Options.Select(o => (o.Code, ChoiceLabel.Of(o.Label), (LocalizedText?)null)),
    };

    [Inject]
    private IStringLocalizer<QuestionnaireText> Text { get; set; } = null!;

    /// <inheritdoc />
    protected override void OnParametersSet() =>
        // Open once when notes are given; afterwards the reader opens and closes it.
        notesOpen ??= Comment is not null || Evidence is not null;

    private static IEnumerable<(string, ChoiceLabel, LocalizedText?)> Codes(params string[] codes) =>
        codes.Select(c => (c, ChoiceLabel.OfCode(c), (LocalizedText?)null));

    // An option's words: a plugin's option label, an answer code or a phase number, in the page's language.
    private RenderFragment Label(ChoiceLabel label) => label switch
    {
        { Option: { } option } => builder =>
        {
            builder.OpenComponent<LocalizedTextView>(0);
            builder.AddComponentParameter(1, nameof(LocalizedTextView.Text), option);
            builder.CloseComponent();
        },
        { Phase: { } phase } => builder => builder.AddContent(0, Text["Field.Phase", phase]),
        _ => builder => builder.AddContent(0, SubmissionLabels.Code(Text, label.Code!)),
    };

    private string Changed(AnswerView changed)
    {
        var times = changed.Changes == 1 ? Text["Field.ChangedOnce"] : Text["Field.Changed", changed.Changes];
        var by = changed.SetBy is null ? "" : Text["Field.LastBy", BidiText.Isolate(changed.SetBy)].Value;
        var at = changed.SetAt is { } when ? Text["Field.At", ShownFormat.Moment(when)].Value : "";
        return Text["Field.ChangedSentence", times, by, at];
    }

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

/// <summary>What a choice says: a plugin's option label, an answer code, or a phase number (its descriptor is shown beside it).</summary>
/// <param name="Option">The plugin's label.</param>
/// <param name="Code">An answer code (yes, no, don't know…).</param>
/// <param name="Phase">A maturity phase.</param>
public sealed record ChoiceLabel(LocalizedText? Option, string? Code, int? Phase)
{
    /// <summary>A plugin's option label.</summary>
    public static ChoiceLabel Of(LocalizedText option) => new(option, null, null);

    /// <summary>An answer code's label.</summary>
    public static ChoiceLabel OfCode(string code) => new(null, code, null);

    /// <summary>A phase's label.</summary>
    public static ChoiceLabel OfPhase(int phase) => new(null, null, phase);
}
