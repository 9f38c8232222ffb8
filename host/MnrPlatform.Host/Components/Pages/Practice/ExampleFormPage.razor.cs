using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using MnrPlatform.Data.Reference;
using MnrPlatform.Host.Components.Practice;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Resources;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Practice;

/// <summary>
/// Recording (a focal point for its country, a secretariat writer for the country it chooses) and
/// editing an example: its text, its files, and sending it for review. <see cref="PracticeExamples"/>
/// checks every field and who may write; a refusal shows beside the field it names.
/// </summary>
public sealed partial class ExampleFormPage
{
    private readonly FieldRefusal refusal = new();
    private DraftInput input = new();
    private IReadOnlyList<CountryChoice> countries = [];
    private ExampleView? view;
    private string? country;
    private string? problem;
    private bool loaded;
    private bool busy;

    /// <summary>The example edited; null when recording a new one.</summary>
    [Parameter]
    public int? Id { get; set; }

    [Inject]
    private UserScopes Scopes { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<PracticeText> L { get; set; } = default!;

    private string? CountryName => countries.FirstOrDefault(c => c.Iso3 == country)?.Name;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        loaded = false;

        // The prerender gives the page its title and frame only: the circuit reads the example once.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        var scope = User.Scope;
        await using (var services = Scopes.Create())
        {
            countries = await services.ServiceProvider.GetRequiredService<CountryDirectory>().ListAsync(CancellationToken.None);
        }

        if (Id is null)
        {
            country = scope.CountryIso3;
            problem = scope.IsSecretariatWriter || (country is not null && scope.CanWrite(country))
                ? null
                : L["Form.MayNotRecord"].Value;
        }
        else
        {
            await ReloadAsync();
            country = view?.Summary.CountryIso3;
            input = view is null ? new DraftInput() : DraftInput.From(view.Draft);
            problem = view is null || view.Status is null || country is null || !scope.CanWrite(country)
                ? L["Form.MayNotEdit"].Value
                : null;
        }

        loaded = true;
    }

    private async Task ReloadAsync()
    {
        await using var services = Scopes.Create();
        view = await services.ServiceProvider.GetRequiredService<PracticeLibrary>()
            .GetAsync(services.ServiceProvider.GetRequiredService<AccessScope>(), Id!.Value, CancellationToken.None);
    }

    private string CountryText(string? iso3) => countries.FirstOrDefault(c => c.Iso3 == iso3) is { } c ? $"{c.Name} ({c.Iso3})" : iso3 ?? "";

    private async Task SaveAsync()
    {
        if (Id is null && string.IsNullOrEmpty(country))
        {
            refusal.Set(new PracticeException(L["Form.ChooseCountry"], "Country"));
            return;
        }

        await RunAsync(async (examples, scope) =>
        {
            if (Id is not null && view is not null && !input.Changes(view.Draft))
            {
                Snackbar.Add(L["Form.NothingChanged"], Severity.Info);
            }
            else if (Id is { } id)
            {
                await examples.UpdateAsync(scope, id, input.ToDraft(), CancellationToken.None);
                Snackbar.Add(L["Form.Saved"], Severity.Success);
                await ReloadAsync();
            }
            else
            {
                var created = await examples.CreateAsync(scope, country!, input.ToDraft(), CancellationToken.None);
                Snackbar.Add(L["Form.DraftSaved"], Severity.Success);
                Navigation.NavigateTo(PracticePaths.Edit(created));
            }
        });
    }

    private Task SubmitAsync() => RunAsync(async (examples, scope) =>
    {
        if (view is not null && input.Changes(view.Draft))
        {
            await examples.UpdateAsync(scope, Id!.Value, input.ToDraft(), CancellationToken.None);
        }

        await examples.SubmitAsync(scope, Id!.Value, CancellationToken.None);
        Snackbar.Add(L["Steps.Submitted"], Severity.Success);
        Navigation.NavigateTo(PracticePaths.Example(Id!.Value));
    });

    private async Task RunAsync(Func<PracticeExamples, AccessScope, Task> step)
    {
        busy = true;
        refusal.Clear();
        try
        {
            await using var services = Scopes.Create();
            await step(services.ServiceProvider.GetRequiredService<PracticeExamples>(), services.ServiceProvider.GetRequiredService<AccessScope>());
        }
        catch (PracticeException refused)
        {
            refusal.Set(refused);
            Snackbar.Add(refused.Message, Severity.Error);
        }
        catch (AccessDeniedException denied)
        {
            refusal.Set(new PracticeException(denied.Message));
            Snackbar.Add(denied.Message, Severity.Error);
        }
        finally
        {
            busy = false;
        }
    }
}
