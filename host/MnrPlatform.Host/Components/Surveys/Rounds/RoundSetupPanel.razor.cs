using Microsoft.AspNetCore.Components;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Instruments;
using MnrPlatform.Data.Surveys.Rounds;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Hosting.Localization;
using MudBlazor;

namespace MnrPlatform.Host.Components.Surveys.Rounds;

/// <summary>A draft round's set-up panel; every change goes through <see cref="RoundSetup"/> in a fresh scope.</summary>
public sealed partial class RoundSetupPanel
{
    private static readonly DialogOptions QuestionsDialog = new() { MaxWidth = MaxWidth.Large, FullWidth = true, CloseButton = true };
    private IReadOnlyList<RoundParticipantView> participants = [];
    private CountrySelection selection = CountrySelection.None;
    private DateTime? deadline;

    /// <summary>The draft round.</summary>
    [Parameter, EditorRequired]
    public string RoundCode { get; set; } = "";

    /// <summary>Its name (for the confirmation).</summary>
    [Parameter, EditorRequired]
    public string RoundName { get; set; } = "";

    /// <summary>Its instruments.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<InstrumentView> Instruments { get; set; } = [];

    /// <summary>The round's deadline, if set.</summary>
    [Parameter]
    public DateTimeOffset? Deadline { get; set; }

    /// <summary>Called after the round opened.</summary>
    [Parameter]
    public EventCallback Opened { get; set; }

    private RoundSetupChoices? Choices { get; set; }

    [Inject]
    private FrameworkCatalog Catalog { get; set; } = null!;

    private AccessScope Scope => User.Scope;

    protected override async Task OnInitializedAsync()
    {
        deadline = Deadline?.UtcDateTime.Date;
        await using var scope = Scopes.Create();
        Choices = await scope.ServiceProvider.GetRequiredService<RoundSetupChoicesReader>().ReadAsync(CancellationToken.None);
        await ReloadAsync();
    }

    private int Invited(string instrument) => participants.Count(p => p.InstrumentCode == instrument);

    private string StoredName(string code) => Instruments.FirstOrDefault(i => i.Code == code)?.Name ?? code;

    private string InstrumentName(string code) => InstrumentNames.For(Catalog, code, StoredName(code));

    private async Task ReloadAsync()
    {
        await using var scope = Scopes.Create();
        participants = await scope.ServiceProvider.GetRequiredService<RoundSetup>().ParticipantsAsync(Scope, RoundCode, CancellationToken.None);
    }

    private Task InviteAsync() => RunAsync(async setup =>
    {
        var added = await setup.InviteCountriesAsync(Scope, RoundCode, null, selection, CancellationToken.None);
        return added == 0 ? L["Setup.AllInvited"] : L["Setup.Added", ShownFormat.Number(added)];
    });

    private Task RemoveAsync(RoundParticipantView participant) => RunAsync(async setup =>
    {
        await setup.RemoveCountryAsync(Scope, RoundCode, participant.InstrumentCode, participant.CountryIso3, CancellationToken.None);
        return L["Setup.Removed", BidiText.Isolate(participant.CountryName), BidiText.Isolate(InstrumentName(participant.InstrumentCode))];
    });

    private Task SaveDeadlineAsync() => RunAsync(async setup =>
    {
        await setup.SetDeadlineAsync(Scope, RoundCode, RoundDeadlines.EndOfDay(deadline!.Value), null, CancellationToken.None);
        return L["Participants.Extended", ShownFormat.Date(deadline!.Value)];
    });

    private async Task ChooseQuestionsAsync(InstrumentView instrument)
    {
        IReadOnlyList<string> current;
        await using (var scope = Scopes.Create())
        {
            var questionnaire = await scope.ServiceProvider.GetRequiredService<RoundQuestionnaires>().ForAsync(RoundCode, instrument.Code, CancellationToken.None);
            current = [.. questionnaire.Questions.Select(q => q.Id)];
        }

        var name = InstrumentName(instrument.Code);
        var parameters = new DialogParameters<RoundQuestionsDialog> { { d => d.InstrumentName, name }, { d => d.Current, current } };
        var dialog = await Dialogs.ShowAsync<RoundQuestionsDialog>(name, parameters, QuestionsDialog);
        if (await dialog.Result is not { Canceled: false, Data: RoundQuestionsChoice choice })
        {
            return;
        }

        await RunAsync(async setup =>
        {
            await setup.SetQuestionSelectionAsync(Scope, RoundCode, instrument.Code, choice.QuestionIds, CancellationToken.None);
            return choice.QuestionIds is { } ids
                ? L[ids.Count == 1 ? "Setup.Asks.One" : "Setup.Asks", BidiText.Isolate(name), ShownFormat.Number(ids.Count)]
                : L["Setup.AsksOwn", BidiText.Isolate(name)];
        });
    }

    private async Task OpenAsync()
    {
        if (!await Dialogs.ConfirmRoundStepAsync(new RoundStepRequest(new Data.Surveys.RoundSummary(RoundCode, RoundName, 0, RoundStatus.Draft, null), RoundStatus.Open)))
        {
            return;
        }

        try
        {
            await using (var scope = Scopes.Create())
            {
                await scope.ServiceProvider.GetRequiredService<RoundAdministration>().SetStatusAsync(Scope, RoundCode, RoundStatus.Open, CancellationToken.None);
            }

            Snackbar.Add(SurveyLabels.DoneText("open", L) ?? L["Outcome.Done"], Severity.Success);
            await Opened.InvokeAsync();
        }
        catch (Exception refused) when (refused is SubmissionStateException or AccessDeniedException or KeyNotFoundException)
        {
            Snackbar.Add(refused.Message, Severity.Error);
        }
    }

    private async Task RunAsync(Func<RoundSetup, Task<string>> change)
    {
        try
        {
            await using (var scope = Scopes.Create())
            {
                Snackbar.Add(await change(scope.ServiceProvider.GetRequiredService<RoundSetup>()), Severity.Success);
            }

            await ReloadAsync();
        }
        catch (Exception refused) when (refused is RoundSetupException or AccessDeniedException or KeyNotFoundException)
        {
            Snackbar.Add(refused.Message, Severity.Error);
        }
    }
}
