using Microsoft.AspNetCore.Components;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using MnrPlatform.Host.Hosting.Circuits;
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
        accept ? "The suggested text is now the example's text (a new version)." : "The suggestion is declined.");

    private Task SubmitAsync() => TakeAsync((s, scope) => s.SubmitAsync(scope, Id, CancellationToken.None), "The example is sent to the secretariat for review.");

    private async Task ConsentAsync()
    {
        var version = View.Version ?? 0;
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Consent to this text?",
            $"Your country consents to version {version} of “{View.Summary.Title}”, exactly as shown on this page, being shown with your country's name to: {PracticeLabels.Visibility(visibility)}. You can withdraw at any time.",
            yesText: "Consent", cancelText: "Cancel");
        if (confirmed == true)
        {
            await TakeAsync((s, scope) => s.ConsentAsync(scope, Id, version, visibility, CancellationToken.None), $"Your country consents to version {version} being shown to: {PracticeLabels.Visibility(visibility)}.");
        }
    }

    private async Task WithdrawAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Withdraw consent?",
            "The example is hidden again at once from everyone but the secretariat and your country.",
            yesText: "Withdraw", cancelText: "Cancel");
        if (confirmed == true)
        {
            await TakeAsync((s, scope) => s.WithdrawConsentAsync(scope, Id, CancellationToken.None), "Consent is withdrawn: the example is hidden again.");
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
