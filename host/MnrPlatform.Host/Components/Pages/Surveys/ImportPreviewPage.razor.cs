using Microsoft.AspNetCore.Components;
using MnrPlatform.Host.Components.Surveys;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Hosting.Circuits;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Surveys;

/// <summary>
/// An upload's check before it is written: the problems of a refused file by sheet, row and column,
/// or what applying would change. Applying and discarding are confirmed in a dialog and done
/// through <see cref="PendingUploads"/>, the same code the import endpoints run. The upload is read
/// once: the prerender's preview is carried into the circuit.
/// </summary>
public sealed partial class ImportPreviewPage
{
    private string? applied;

    [Parameter]
    public required string Round { get; set; }

    [Parameter]
    public Guid Upload { get; set; }

    /// <summary>The upload's preview as the prerender read it (null: not waiting).</summary>
    [PersistentState]
    public UploadPreview? Data { get; set; }

    protected override async Task OnInitializedAsync() => Data ??= await LoadAsync();

    private async Task<UploadPreview?> LoadAsync()
    {
        await using var scope = Scopes.Create();
        return await PendingUploads.PreviewAsync(scope.ServiceProvider, User.Scope, Round, Upload, CancellationToken.None);
    }

    private async Task ApplyAsync(string status)
    {
        var preview = Data?.Preview;
        string text = preview is null
            ? L["Preview.Confirm.Plain"]
            : L["Preview.Confirm.Text", ShownFormat.Number(preview.Totals.New), ShownFormat.Number(preview.Totals.Changed), ShownFormat.Number(preview.NewSubmissions)];
        if (!await Dialogs.ConfirmAsync(L["Preview.Confirm.Title"], text, L["Apply.Button"]))
        {
            return;
        }

        ApplyResult result;
        await using (var scope = Scopes.Create())
        {
            result = await PendingUploads.ApplyAsync(scope.ServiceProvider, User.Scope, Round, Upload, PendingUploads.NewSubmissionStatus(status), CancellationToken.None);
        }

        Snackbar.Add(result.Message, result.Outcome == ApplyOutcome.Applied ? Severity.Success : Severity.Error);
        if (result.Outcome == ApplyOutcome.Applied)
        {
            applied = result.Message;
        }
        else
        {
            Data = await LoadAsync();
        }
    }

    private async Task DiscardAsync()
    {
        if (!await Dialogs.ConfirmAsync(L["Preview.Discard.Title"], L["Preview.Discard.Text"], L["Preview.Discard.Button"], Color.Error))
        {
            return;
        }

        await using (var scope = Scopes.Create())
        {
            await PendingUploads.DiscardAsync(scope.ServiceProvider, User.Scope, Upload, CancellationToken.None);
        }

        Navigation.NavigateTo($"{SurveyPaths.Transfer(Round)}?done=discarded");
    }
}
