using Microsoft.AspNetCore.Components;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Components.Surveys;
using MnrPlatform.Host.Hosting.Circuits;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Surveys;

/// <summary>
/// The surveys page: the secretariat's round cards with their status steps (each confirmed in a
/// dialog, done through <see cref="RoundAdministration"/>, a refusal said with its reason), or a
/// focal point's own questionnaires. The rounds are read once: the prerender's read is carried
/// into the interactive render.
/// </summary>
public sealed partial class SurveyRounds
{
    [SupplyParameterFromQuery(Name = "done")]
    private string? Done { get; set; }

    [SupplyParameterFromQuery(Name = "error")]
    private string? Error { get; set; }

    /// <summary>The rounds and the focal point's questionnaires, as read by the prerender.</summary>
    [PersistentState]
    public SurveyRoundsData? Loaded { get; set; }

    private SurveyRoundsData Data => Loaded ?? SurveyRoundsData.Empty;

    private AccessScope Scope => User.Scope;

    // Lets a browser journey wait until the buttons work.
    private string Interactive => RendererInfo.IsInteractive ? "true" : "false";

    protected override async Task OnInitializedAsync() => Loaded ??= await LoadAsync(CancellationToken.None);

    private async Task<SurveyRoundsData> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.Create();
        var access = Scope;
        var rounds = await scope.ServiceProvider.GetRequiredService<RoundOverviewReader>().ListAsync(access, cancellationToken);
        var questionnaires = await CountryQuestionnaires.LoadAsync(scope.ServiceProvider.GetRequiredService<SubmissionReader>(), access, rounds, cancellationToken);
        return new SurveyRoundsData(rounds, questionnaires);
    }

    private async Task StepAsync(RoundStepRequest step)
    {
        if (!await Dialogs.ConfirmRoundStepAsync(step))
        {
            return;
        }

        try
        {
            await using (var scope = Scopes.Create())
            {
                await scope.ServiceProvider.GetRequiredService<RoundAdministration>().SetStatusAsync(Scope, step.Round.Code, step.To, CancellationToken.None);
            }

            Snackbar.Add(SurveyLabels.DoneText(SurveyLabels.Code(step.To), L) ?? L["Outcome.Done"], Severity.Success);
        }
        catch (SubmissionStateException refused)
        {
            Snackbar.Add(refused.Message, Severity.Error);
        }
        catch (KeyNotFoundException)
        {
            Snackbar.Add(L["Outcome.NoSuchRound"], Severity.Error);
        }
        catch (AccessDeniedException)
        {
            Snackbar.Add(L["Outcome.NotAllowed"], Severity.Error);
        }

        Loaded = await LoadAsync(CancellationToken.None);
    }
}

/// <summary>What the surveys page shows.</summary>
/// <param name="Rounds">Every round with its counts (the secretariat's cards).</param>
/// <param name="Questionnaires">A focal point's questionnaires.</param>
public sealed record SurveyRoundsData(IReadOnlyList<RoundOverview> Rounds, IReadOnlyList<CountryQuestionnaire> Questionnaires)
{
    public static SurveyRoundsData Empty { get; } = new([], []);
}
