using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Surveys.Profiles;
using MnrPlatform.Host.Components.Countries;
using MnrPlatform.Host.Hosting;
using MnrPlatform.Host.Hosting.Circuits;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Countries;

/// <summary>
/// A country's profile. Each read of it is audited for the secretariat, so the prerender's read is
/// carried to the interactive render (<see cref="View"/>) instead of being read (and audited) again;
/// switching the round is one more read, as it was when the page reloaded.
/// </summary>
public sealed partial class ProfilePage
{
    private bool loading;

    [Inject]
    private UserScopes Scopes { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private CountryProfileCharts Charts { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The country (ISO 3166-1 alpha-3, any case).</summary>
    [Parameter]
    public string Country { get; set; } = "";

    [SupplyParameterFromQuery(Name = "round")]
    private string? RoundCode { get; set; }

    /// <summary>The profile as the prerender read it, carried to the interactive render (<see cref="CarriedState"/>).</summary>
    [PersistentState]
    public string? CarriedView { get; set; }

    private CountryProfilePage? View { get; set; }

    /// <summary>The round the address or the select asked for.</summary>
    private string? AskedRound { get; set; }

    private bool IsSecretariat => User.Scope.IsSecretariat;

    /// <summary>"true" once the circuit runs the page (browser tests wait for it before they click).</summary>
    private string Interactive => RendererInfo.IsInteractive ? "true" : "false";

    protected override async Task OnInitializedAsync()
    {
        AskedRound = string.IsNullOrWhiteSpace(RoundCode) ? null : RoundCode;
        View = CarriedState.Unpack<CountryProfilePage>(CarriedView);
        if (View is not null)
        {
            return;
        }

        try
        {
            View = await ReadAsync(AskedRound);
            if (!RendererInfo.IsInteractive)
            {
                CarriedView = CarriedState.Pack(View);
            }
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

    private async Task<CountryProfilePage> ReadAsync(string? round)
    {
        await using var scope = Scopes.Create();
        var reader = scope.ServiceProvider.GetRequiredService<CountryProfilePageReader>();
        var access = scope.ServiceProvider.GetRequiredService<AccessScope>();
        return await reader.ReadAsync(access, Country.ToUpperInvariant(), round, CancellationToken.None);
    }

    private async Task SwitchRoundAsync(string round)
    {
        if (View is null || round == View.Round?.Code)
        {
            return;
        }

        loading = true;
        try
        {
            View = await ReadAsync(round);
            AskedRound = round;
            // The address follows the round, so a reload or a shared link shows the same profile.
            await JS.InvokeVoidAsync("history.replaceState", null, "", Navigation.GetUriWithQueryParameter("round", round));
        }
        catch (Exception e) when (e is AccessDeniedException or KeyNotFoundException)
        {
            Snackbar.Add(L["Profile.RoundFailed", e.Message], Severity.Error);
        }
        finally
        {
            loading = false;
        }
    }
}
