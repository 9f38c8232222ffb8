using Microsoft.AspNetCore.Components;
using MnrPlatform.Data.Practice;
using MnrPlatform.Host.Hosting.Circuits;
using MudBlazor;

namespace MnrPlatform.Host.Components.Practice;

/// <summary>
/// What the country's and the secretariat's panels on one example share: the example, the callback
/// after a step, and the services each step goes through (<see cref="PracticeSteps"/>, dialogs).
/// </summary>
public abstract class ExamplePanel : ComponentBase
{
    /// <summary>The example, as the panel's reader sees it.</summary>
    [Parameter, EditorRequired]
    public required ExampleView View { get; set; }

    /// <summary>Called after a step was taken, to read the example again.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    /// <summary>True while a step runs, so its buttons wait.</summary>
    protected bool Busy { get; set; }

    /// <summary>The dialogs a step confirms with.</summary>
    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private UserScopes Scopes { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Runs each step with the reader's scope and reports its outcome.</summary>
    protected PracticeSteps Steps => field ??= new PracticeSteps(Scopes, Snackbar);

    /// <summary>The example's id.</summary>
    protected int Id => View.Summary.Id;
}
