using Microsoft.AspNetCore.Components;
using MnrPlatform.Host.Hosting.Circuits;
using MudBlazor;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>
/// What every interactive survey page works with: a fresh scope per piece of work carrying the
/// circuit's user (never one database context for the circuit's life), who that user is, the
/// confirmations and the snackbar.
/// </summary>
public abstract class InteractiveSurveyPage : ComponentBase
{
    [Inject]
    protected UserScopes Scopes { get; set; } = null!;

    [Inject]
    protected CurrentUser User { get; set; } = null!;

    [Inject]
    protected IDialogService Dialogs { get; set; } = null!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;
}
