using Microsoft.AspNetCore.Components;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Hosting.Localization;
using MudBlazor;

namespace MnrPlatform.Host.Components.Practice;

/// <summary>The country's decisions on one example (see the markup); each step through <see cref="PracticeSteps"/>.</summary>
public sealed partial class CountryPanel
{
    private ExampleVisibility visibility = ExampleVisibility.Members;

    /// <summary>Members and public, up to the proposed visibility (the secretariat always sees the example).</summary>
    private IEnumerable<ExampleVisibility> Offered =>
        Enum.GetValues<ExampleVisibility>().Where(v => v > ExampleVisibility.Secretariat && v <= (View.ProposedVisibility ?? ExampleVisibility.Secretariat));

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (!Offered.Contains(visibility) && Offered.Any())
        {
            visibility = Offered.Max();
        }
    }

    private Task ResolveAsync(SuggestionInfo suggestion, bool accept) => TakeAsync(
        (s, scope) => s.ResolveSuggestionAsync(scope, suggestion.Id, accept, CancellationToken.None),
        accept ? L["Country.Accepted"] : L["Country.Declined"]);

    private Task SubmitAsync() => TakeAsync((s, scope) => s.SubmitAsync(scope, Id, CancellationToken.None), L["Steps.Submitted"]);

    private async Task ConsentAsync()
    {
        var version = View.Version ?? 0;
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L["Country.ConfirmTitle"],
            L["Country.ConfirmText", version, BidiText.Isolate(View.Summary.Title), L.Visibility(visibility)],
            yesText: L["Country.Give"], cancelText: L["Common.Cancel"]);
        if (confirmed == true)
        {
            await TakeAsync((s, scope) => s.ConsentAsync(scope, Id, version, visibility, CancellationToken.None), L["Country.Consented", version, L.Visibility(visibility)]);
        }
    }

    private async Task WithdrawAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L["Country.WithdrawTitle"],
            L["Country.WithdrawText"],
            yesText: L["Country.Withdraw"], cancelText: L["Common.Cancel"]);
        if (confirmed == true)
        {
            await TakeAsync((s, scope) => s.WithdrawConsentAsync(scope, Id, CancellationToken.None), L["Country.Withdrawn"]);
        }
    }

    private async Task TakeAsync(Func<PracticeExamples, AccessScope, Task> step, string done)
    {
        Busy = true;
        try
        {
            if (await Steps.RunAsync(step, done) is null)
            {
                await Changed.InvokeAsync();
            }
        }
        finally
        {
            Busy = false;
        }
    }
}
