using Microsoft.AspNetCore.Components;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using MnrPlatform.Data.Practice.Uses;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Sdk.Content;
using MudBlazor;

namespace MnrPlatform.Host.Components.Practice.Embeds;

/// <summary>
/// One example question of a questionnaire: reads the example the country recorded for it in this
/// round (once the circuit is up, so a secretariat's read is audited once), saves it through
/// <see cref="QuestionnaireExamples"/> and sends a draft for review through <see cref="PracticeExamples"/>.
/// </summary>
public sealed partial class UsedExampleQuestion
{
    private readonly ExampleInput input = new();
    private QuestionnaireExample? example;
    private bool loaded;
    private bool busy;
    private string? refusal;
    private string? refusedField;

    [Inject]
    private UserScopes Scopes { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The example question.</summary>
    [Parameter, EditorRequired]
    public required QuestionInfo Question { get; set; }

    /// <summary>The submission it is asked in (round, country, instrument).</summary>
    [Parameter, EditorRequired]
    public required SubmissionKey Key { get; set; }

    /// <summary>Whether the example may be changed here (the questionnaire is open to this user).</summary>
    [Parameter]
    public bool Editable { get; set; }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            await LoadAsync();
            loaded = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        await using var scope = Scopes.Create();
        var services = scope.ServiceProvider;
        var found = await services.GetRequiredService<QuestionnaireExamples>().ForSubmissionAsync(services.GetRequiredService<CurrentUser>().Scope, Key, CancellationToken.None);
        example = found.GetValueOrDefault(Question.Id);
        if (example is not null)
        {
            input.Fill(example.Draft);
        }
    }

    private async Task SaveAsync()
    {
        await RunAsync(async services =>
        {
            var user = services.GetRequiredService<CurrentUser>().Scope;
            await services.GetRequiredService<QuestionnaireExamples>().SaveAsync(user, Key, Question.Id, input.ToDraft(Question.CapabilityCode), CancellationToken.None);
            return L["Question.Saved"];
        });
    }

    private async Task SubmitAsync()
    {
        await RunAsync(async services =>
        {
            await services.GetRequiredService<PracticeExamples>().SubmitAsync(services.GetRequiredService<CurrentUser>().Scope, example!.Id, CancellationToken.None);
            return L["Steps.Submitted"];
        });
    }

    // A refusal is shown beside its field (or under the form) and nothing else changes.
    private async Task RunAsync(Func<IServiceProvider, Task<string>> step)
    {
        busy = true;
        refusal = null;
        refusedField = null;
        try
        {
            await using var scope = Scopes.Create();
            Snackbar.Add(await step(scope.ServiceProvider), Severity.Success);
            await LoadAsync();
        }
        catch (PracticeException e)
        {
            refusal = e.Message;
            refusedField = e.Field;
        }
        catch (AccessDeniedException e)
        {
            refusal = e.Message;
        }
        finally
        {
            busy = false;
        }
    }

    private bool Refused(string field) => refusedField == field;

    private bool RefusedInline => refusedField is "Title" or "WhatWasDone" or "Language";

    private string StatusText(QuestionnaireExample example) => example.Status switch
    {
        PracticeExampleStatus.Draft => L["Question.Draft"],
        PracticeExampleStatus.InReview => L["Question.InReview"],
        PracticeExampleStatus.EditsSuggested => L["Question.EditsSuggested"],
        PracticeExampleStatus.Approved => example.ConsentedVisibility is { } shown
            ? L["Question.ApprovedShown", L.Visibility(shown)]
            : L["Question.ApprovedHidden"],
        _ => L["Status.Archived"],
    } + (example.Version is { } version ? L["Question.Version", version] : "");

    /// <summary>The form's fields.</summary>
    private sealed class ExampleInput
    {
        public string? Title { get; set; }

        public string? WhatWasDone { get; set; }

        public string? Results { get; set; }

        public string? Challenges { get; set; }

        public string? Lessons { get; set; }

        public int? Phase { get; set; }

        public string Language { get; set; } = "en";

        private ExampleDraft? stored;

        public void Fill(ExampleDraft draft)
        {
            stored = draft;
            (Title, WhatWasDone, Results, Challenges, Lessons, Phase, Language) =
                (draft.Title, draft.WhatWasDone, draft.Results, draft.Challenges, draft.Lessons, draft.PhaseReached, draft.Language);
        }

        // Links and contact are kept as they are: they are edited in the library.
        public ExampleDraft ToDraft(string capabilityCode) => new(
            capabilityCode, Title ?? "", WhatWasDone ?? "", Results, Challenges, Lessons, Phase,
            stored?.Links ?? [], stored?.ContactRole, stored?.ContactName, stored?.ContactAgreed ?? false, Language);
    }
}
