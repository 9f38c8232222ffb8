using System.Globalization;
using Microsoft.AspNetCore.Components;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Surveys.Instruments;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Components.Questionnaire;
using MnrPlatform.Host.Hosting;
using MnrPlatform.Host.Hosting.Circuits;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Surveys;

/// <summary>
/// A submission's questionnaire. In a circuit every answer is saved as it changes (<see cref="AnswerAutosave"/>);
/// the secretariat reviews through dialogs. Without JavaScript the prerendered page is a form that
/// posts every answer at once (<see cref="SaveFormAsync"/>), as before.
/// </summary>
public sealed partial class QuestionnairePage
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource closing = new();

    // The language the page opened in: a save's refusals are worded in it.
    private readonly CultureInfo language = CultureInfo.CurrentUICulture;
    private SubmissionView? view;
    private AnswerAutosave autosave = null!;
    private QuestionnaireForm? posted;
    private string? problem;
    private string? doneHere;
    private bool secretariat;
    private bool stepping;

    [Inject]
    private UserScopes Scopes { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    /// <summary>The round's code.</summary>
    [Parameter]
    public string Round { get; set; } = "";

    /// <summary>The country (ISO 3166-1 alpha-3).</summary>
    [Parameter]
    public string Country { get; set; } = "";

    /// <summary>The instrument's code.</summary>
    [Parameter]
    public string Instrument { get; set; } = "";

    /// <summary>What the prerender read, carried into the circuit so the answers are read (and audited) once.</summary>
    [PersistentState]
    public SubmissionSnapshot? Snapshot { get; set; }

    // Only a form posted without JavaScript, which is handled while the page renders on the server; null in a circuit.
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [SupplyParameterFromQuery(Name = "done")]
    private string? Done { get; set; }

    [SupplyParameterFromQuery(Name = "error")]
    private string? Error { get; set; }

    private SubmissionKey Key => QuestionnaireAddress.Key(Round, Country, Instrument);

    private string BaseUrl => QuestionnaireAddress.Of(Key);

    private IAnswerSource Answers => posted is null ? autosave : new FormAnswers(posted, view!);

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        if (Snapshot is not null && Snapshot.Key == Key)
        {
            await using var scope = Scopes.Create();
            var questionnaire = await scope.ServiceProvider.GetRequiredService<RoundQuestionnaires>().ForAsync(Key.RoundCode, Key.InstrumentCode, closing.Token);
            Show(Snapshot.View(questionnaire));
            return;
        }

        await ReadAsync();
    }

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _ = RetryUnsavedAsync(closing.Token);
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            await using var scope = Scopes.Create();
            var access = scope.ServiceProvider.GetRequiredService<AccessScope>();
            secretariat = access.IsSecretariat;
            Show(await scope.ServiceProvider.GetRequiredService<SubmissionReader>().OpenAsync(access, Key, closing.Token));
            Snapshot = SubmissionSnapshot.Of(view!);
        }
        catch (AccessDeniedException)
        {
            Navigation.NavigateTo(AccountCookies.AccessDeniedPath.TrimStart('/'));
        }
        catch (KeyNotFoundException)
        {
            Navigation.NotFound();
        }
    }

    private void Show(SubmissionView shown)
    {
        view = shown;
        if (autosave is not null)
        {
            autosave.Changed -= Refresh;
            autosave.Dispose();
        }

        autosave = new AnswerAutosave(shown.Answers, SaveAnswersAsync);
        autosave.Changed += Refresh;
    }

    private void Refresh() => _ = InvokeAsync(StateHasChanged);

    // One save, in a scope of its own with the circuit's user (all or nothing; refusals by question id).
    private async Task<IReadOnlyDictionary<string, string>> SaveAnswersAsync(IReadOnlyDictionary<string, AnswerInput> inputs, CancellationToken cancellationToken)
    {
        await using var scope = Scopes.Create();
        return await scope.ServiceProvider.GetRequiredService<SubmissionService>()
            .SaveAsync(scope.ServiceProvider.GetRequiredService<AccessScope>(), Key, inputs, language, cancellationToken);
    }

    private Task EditAsync(AnswerEdit edit)
    {
        problem = null;
        return autosave.EditAsync(edit);
    }

    // Answers whose save failed are saved again on a timer, e.g. once the database is back.
    private async Task RetryUnsavedAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(RetryInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (autosave.Unsaved.Count > 0 && !autosave.Busy)
                {
                    await InvokeAsync(autosave.RetryAsync);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        closing.Cancel();
        closing.Dispose();
        if (autosave is not null)
        {
            autosave.Changed -= Refresh;
            autosave.Dispose();
        }
    }
}
