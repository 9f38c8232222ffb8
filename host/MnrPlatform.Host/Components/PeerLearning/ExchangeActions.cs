using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Exchanges;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Resources;
using MudBlazor;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>
/// The steps of a peer-learning exchange as an interactive page takes them: a dialog to confirm (and
/// for some steps a text), then <see cref="ExchangeService"/> in a fresh scope with the circuit's user,
/// then a snackbar saying what happened. The service decides who may do what, as for the form posts
/// of <c>ExchangeEndpoints</c>; the words are the same as after those posts (<see cref="ExchangeLabels"/>).
/// </summary>
public sealed class ExchangeActions(IDialogService dialogs, ISnackbar snackbar, UserScopes scopes, IStringLocalizer<PeerLearningText> l)
{
    /// <summary>What a dialog shows and asks.</summary>
    public sealed record Prompt(string Title, string Message, string ConfirmText, Color ConfirmColor = Color.Primary, string? FieldLabel = null, string? FieldPlaceholder = null, string? FieldHint = null);

    /// <summary>
    /// Asks with <paramref name="prompt"/>, then runs <paramref name="step"/> with the service, the
    /// user's scope and the text typed (empty without a field). True when the step was taken.
    /// </summary>
    public async Task<bool> TakeAsync(Prompt prompt, string done, Func<ExchangeService, AccessScope, string, Task> step)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(step);
        var parameters = new DialogParameters<ExchangeStepDialog>
        {
            { d => d.Title, prompt.Title },
            { d => d.Message, prompt.Message },
            { d => d.ConfirmText, prompt.ConfirmText },
            { d => d.ConfirmColor, prompt.ConfirmColor },
            { d => d.FieldLabel, prompt.FieldLabel },
            { d => d.FieldPlaceholder, prompt.FieldPlaceholder },
            { d => d.FieldHint, prompt.FieldHint },
        };
        var dialog = await dialogs.ShowAsync<ExchangeStepDialog>(prompt.Title, parameters);
        if (await dialog.Result is not { Canceled: false, Data: string text })
        {
            return false;
        }

        var error = await RunAsync(step, text);
        if (error is null)
        {
            snackbar.Add(ExchangeLabels.DoneText(l, done), Severity.Success);
            return true;
        }

        snackbar.Add(ExchangeLabels.ErrorText(l, error), Severity.Error);
        return false;
    }

    private async Task<string?> RunAsync(Func<ExchangeService, AccessScope, string, Task> step, string text)
    {
        await using var scope = scopes.Create();
        try
        {
            await step(scope.ServiceProvider.GetRequiredService<ExchangeService>(), scope.ServiceProvider.GetRequiredService<AccessScope>(), text);
            return null;
        }
        catch (ExchangeStateException)
        {
            return "state";
        }
        catch (KeyNotFoundException)
        {
            return "not-found";
        }
        catch (AccessDeniedException)
        {
            return "not-allowed";
        }
    }
}
