using MnrPlatform.Core.Access;
using MnrPlatform.Data.Surveys.Instruments;
using MnrPlatform.Host.Hosting.Localization;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Surveys.Instruments;

/// <summary>
/// The secretariat's instruments: the list with who declares each and how many questions it has,
/// and the form that makes an instrument (or changes the questions of one the secretariat made) by
/// picking questions from the catalogue. Rights are checked by <see cref="InstrumentDirectory"/>.
/// </summary>
public sealed partial class InstrumentsPage
{
    private IReadOnlyList<InstrumentSummary> instruments = [];
    private InstrumentEditing? editing;
    private Dictionary<string, string> errors = [];
    private bool saving;

    /// <inheritdoc />
    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        await using var scope = Scopes.Create();
        instruments = await scope.ServiceProvider.GetRequiredService<InstrumentDirectory>().ListAsync(CancellationToken.None);
    }

    private void StartNew()
    {
        errors = [];
        editing = InstrumentEditing.New();
    }

    private async Task StartEditAsync(InstrumentSummary instrument)
    {
        await using var scope = Scopes.Create();
        var picked = await scope.ServiceProvider.GetRequiredService<InstrumentDirectory>().PickedQuestionsAsync(instrument.Code, CancellationToken.None);
        errors = [];
        editing = InstrumentEditing.Of(instrument, picked);
    }

    private void Cancel()
    {
        editing = null;
        errors = [];
    }

    private async Task SaveAsync(InstrumentEditing edited)
    {
        saving = true;
        errors = [];
        try
        {
            await using (var scope = Scopes.Create())
            {
                var directory = scope.ServiceProvider.GetRequiredService<InstrumentDirectory>();
                var access = scope.ServiceProvider.GetRequiredService<AccessScope>();
                if (edited.IsNew)
                {
                    await directory.CreateAsync(access, new InstrumentDraft(edited.Code, edited.Name, edited.RespondentType, [.. edited.QuestionIds]), CancellationToken.None);
                }
                else
                {
                    await directory.SetQuestionsAsync(access, edited.Code, [.. edited.QuestionIds], CancellationToken.None);
                }
            }

            Snackbar.Add(edited.IsNew ? L["Instruments.Made", BidiText.Isolate(edited.Code.Trim()), ShownFormat.Number(edited.QuestionIds.Count)] : L["Instruments.Saved", BidiText.Isolate(edited.Code)], Severity.Success);
            editing = null;
            await LoadAsync();
        }
        catch (InstrumentException e)
        {
            errors = new Dictionary<string, string> { [e.Field ?? "form"] = e.Message };
        }
        catch (AccessDeniedException e)
        {
            errors = new Dictionary<string, string> { ["form"] = e.Message };
        }
        finally
        {
            saving = false;
        }
    }
}
