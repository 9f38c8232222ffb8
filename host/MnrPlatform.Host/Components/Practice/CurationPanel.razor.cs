using Microsoft.AspNetCore.Components;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using MnrPlatform.Host.Hosting.Circuits;
using MudBlazor;

namespace MnrPlatform.Host.Components.Practice;

/// <summary>The secretariat's curation of one example (see the markup); each step through <see cref="PracticeSteps"/>.</summary>
public sealed partial class CurationPanel
{
    private ExampleView? shown;
    private string? themes;
    private ExampleVisibility proposed;
    private AnonymityLevel? level;
    private ExampleVisibility anonymisedVisibility = ExampleVisibility.Members;
    private string? anonymiseError;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // Fields start from the example as read; a re-render with the same example keeps what was typed.
        if (ReferenceEquals(shown, View))
        {
            return;
        }

        shown = View;
        themes = string.Join(", ", View.Themes);
        proposed = View.ProposedVisibility ?? ExampleVisibility.Members;
        level = View.Anonymised?.Level;
        anonymisedVisibility = View.Anonymised?.Visibility ?? ExampleVisibility.Members;
        anonymiseError = null;
    }

    private async Task SuggestAsync()
    {
        var parameters = new DialogParameters<SuggestEditDialog> { { d => d.Input, DraftInput.From(View.Draft) } };
        var dialog = await Dialogs.ShowAsync<SuggestEditDialog>(L["Curation.Suggest"], parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: SuggestEditDialog.Suggestion suggestion })
        {
            await TakeAsync((s, scope) => s.SuggestEditAsync(scope, Id, suggestion.Proposed, suggestion.Note, CancellationToken.None), L["Curation.Suggested"]);
        }
    }

    private async Task CurateAsync(bool approve)
    {
        var tags = (themes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await TakeAsync(
            (s, scope) => s.CurateAsync(scope, Id, new ExampleCuration(tags, proposed, approve), CancellationToken.None),
            approve ? L["Curation.Approved"] : L["Curation.Saved"]);
    }

    private async Task AnonymiseAsync()
    {
        anonymiseError = null;
        var refused = await TakeAsync(
            (s, scope) => s.AnonymiseAsync(scope, Id, level, anonymisedVisibility, CancellationToken.None),
            level is null ? L["Curation.TakenDown"] : L["Curation.Published"]);
        anonymiseError = refused?.Message;
    }

    private async Task ArchiveAsync(bool archived) => await TakeAsync(
        (s, scope) => s.ArchiveAsync(scope, Id, archived, CancellationToken.None),
        archived ? L["Curation.Archived"] : L["Curation.Unarchived"]);

    private async Task<PracticeException?> TakeAsync(Func<PracticeExamples, Core.Access.AccessScope, Task> step, string done)
    {
        Busy = true;
        try
        {
            var refused = await Steps.RunAsync(step, done);
            if (refused is null)
            {
                await Changed.InvokeAsync();
            }

            return refused;
        }
        finally
        {
            Busy = false;
        }
    }
}
