using MnrPlatform.Core.Access;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Components.Questionnaire;
using MnrPlatform.Host.Hosting;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Surveys;

/// <summary>The questionnaire's steps: sending the answers, the secretariat's review, and the form posted without JavaScript.</summary>
public sealed partial class QuestionnairePage
{
    // Sends the answers once every change is saved; a refusal says why and leaves the answers saved.
    private async Task SubmitAsync(string? reply)
    {
        await autosave.FlushAsync();
        if (autosave.Unsaved.Count > 0 || autosave.Busy)
        {
            problem = L["Problem.Unsaved"];
            return;
        }

        await StepAsync("submitted", (service, access) => service.SubmitAsync(access, Key, reply, closing.Token), "Problem.SavedNotSent");
    }

    private Task ConfirmCarriedAsync() =>
        StepAsync("carried-confirmed", (service, access) => service.ConfirmCarriedAsync(access, Key, null, closing.Token));

    private async Task TakeStepAsync(ReviewStep step)
    {
        var dialogs = new ReviewDialogs(Dialogs, L);
        switch (step)
        {
            case ReviewStep.Query when await dialogs.QueryAsync(view!) is { } query:
                await StepAsync("queried", (service, access) => service.QueryAsync(access, Key, query.Comment, query.QuestionId, closing.Token));
                break;
            case ReviewStep.Validate when await dialogs.ConfirmValidateAsync() is not null:
                await StepAsync("validated", (service, access) => service.ValidateAsync(access, Key, closing.Token));
                break;
            case ReviewStep.Reopen when await dialogs.ConfirmReopenAsync() is { } reason:
                await StepAsync("reopened", (service, access) => service.ReopenAsync(access, Key, reason.Length == 0 ? null : reason, closing.Token));
                break;
        }
    }

    // Takes one step in a scope of its own, says what happened, and reads the submission again.
    private async Task StepAsync(string done, Func<SubmissionService, AccessScope, Task> step, string refusedKey = "Problem.Refused")
    {
        stepping = true;
        problem = null;
        try
        {
            await using (var scope = Scopes.Create())
            {
                await step(scope.ServiceProvider.GetRequiredService<SubmissionService>(), scope.ServiceProvider.GetRequiredService<AccessScope>());
            }

            doneHere = done;
            Snackbar.Add(QuestionnaireOutcome.Describe(L, done), Severity.Success);
            await ReadAsync();
        }
        catch (SubmissionStateException e)
        {
            problem = L[refusedKey, e.In(language)];
            Snackbar.Add(problem, Severity.Error);
        }
        catch (AccessDeniedException)
        {
            Navigation.NavigateTo(AccountCookies.AccessDeniedPath.TrimStart('/'));
        }
        finally
        {
            stepping = false;
        }
    }

    // Without JavaScript: saves what was posted (all or nothing); with "submit", sends the answers too.
    // Refusals re-render the page with what was typed; success redirects back with a code.
    private async Task SaveFormAsync()
    {
        if (view is null || HttpContext is null)
        {
            return;
        }

        var form = HttpContext.Request.Form;
        posted = QuestionnaireForm.Read(form, view.Questionnaire);
        var saved = false;
        try
        {
            var errors = await SaveAnswersAsync(posted.Inputs, CancellationToken.None);
            if (errors.Count > 0)
            {
                posted = posted.WithErrors(errors);
                problem = Unplaced(errors) ?? L["Problem.NothingSaved"];
                HttpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return;
            }

            saved = true;
            if (form["action"] == "submit")
            {
                await using var scope = Scopes.Create();
                await scope.ServiceProvider.GetRequiredService<SubmissionService>()
                    .SubmitAsync(scope.ServiceProvider.GetRequiredService<AccessScope>(), Key, posted.Reply, CancellationToken.None);
                Navigation.NavigateTo($"{BaseUrl}?done=submitted");
                return;
            }

            var section = form["section"].ToString();
            Navigation.NavigateTo($"{BaseUrl}?done=saved{(section.Length > 0 ? $"#section-{Uri.EscapeDataString(section)}" : "")}");
        }
        catch (SubmissionStateException e)
        {
            problem = L[saved ? "Problem.SavedNotSent" : "Problem.Refused", e.In(language)];
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            if (saved)
            {
                await ReadAsync();
                posted = posted.AfterSave();
            }
        }
        catch (AccessDeniedException)
        {
            Navigation.NavigateTo(AccountCookies.AccessDeniedPath.TrimStart('/'));
        }
    }

    // Refusals of questions the form does not show (e.g. a question no longer in the questionnaire).
    private string? Unplaced(IReadOnlyDictionary<string, string> errors) =>
        errors.Where(e => view!.Questionnaire.Question(e.Key) is null).Select(e => e.Value).ToList() is { Count: > 0 } unplaced
            ? L["Problem.NothingSavedBecause", string.Join(" ", unplaced)].Value
            : null;
}
