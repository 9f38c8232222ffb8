using Microsoft.Extensions.Localization;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Resources;
using MudBlazor;

namespace MnrPlatform.Host.Components.Questionnaire;

/// <summary>A query the secretariat sends: its text and the question it is about (null: the whole questionnaire).</summary>
/// <param name="Comment">What the country should check or explain.</param>
/// <param name="QuestionId">The question it is about.</param>
public sealed record ReviewQuery(string Comment, string? QuestionId);

/// <summary>The secretariat's review dialogs, with typed parameters; each returns null when cancelled.</summary>
public sealed class ReviewDialogs(IDialogService dialogs, IStringLocalizer<QuestionnaireText> text)
{
    /// <summary>Asks for a query about the questions shown in <paramref name="view"/>.</summary>
    public async Task<ReviewQuery?> QueryAsync(SubmissionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var parameters = new DialogParameters<QueryDialog>
        {
            { d => d.Questions, [.. view.Questionnaire.Questions.Where(q => view.Questionnaire.IsShown(q, view.Values))] },
        };
        var result = await (await dialogs.ShowAsync<QueryDialog>(text["Query.Title"], parameters)).Result;
        return result is { Canceled: false, Data: ReviewQuery query } ? query : null;
    }

    /// <summary>Confirms validating the answers.</summary>
    public Task<string?> ConfirmValidateAsync() =>
        ConfirmAsync(text["Review.Validate"], text["Dialog.ValidateText"], text["Dialog.Validate"], Color.Success, asksReason: false);

    /// <summary>Confirms reopening validated answers; returns the reason (empty when none).</summary>
    public Task<string?> ConfirmReopenAsync() =>
        ConfirmAsync(text["Review.Reopen"], text["Review.ReopenExplain"], text["Dialog.Reopen"], Color.Error, asksReason: true);

    private async Task<string?> ConfirmAsync(string title, string text, string confirm, Color color, bool asksReason)
    {
        var parameters = new DialogParameters<ConfirmStepDialog>
        {
            { d => d.Title, title },
            { d => d.Text, text },
            { d => d.ConfirmLabel, confirm },
            { d => d.ConfirmColor, color },
            { d => d.AsksReason, asksReason },
        };
        var result = await (await dialogs.ShowAsync<ConfirmStepDialog>(title, parameters)).Result;
        return result is { Canceled: false, Data: string reason } ? reason : null;
    }
}

/// <summary>A step of the secretariat's review.</summary>
public enum ReviewStep
{
    /// <summary>Accept the answers.</summary>
    Validate,

    /// <summary>Ask the country a question.</summary>
    Query,

    /// <summary>Take a validation back.</summary>
    Reopen,
}
