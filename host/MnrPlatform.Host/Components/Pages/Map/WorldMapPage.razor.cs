using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MnrPlatform.Core.Access;
using MnrPlatform.Host.Components.Countries;
using MnrPlatform.Host.Components.Map;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Resources;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Map;

/// <summary>
/// The secretariat's world map. Every map is an audited read of named countries' answers: the
/// prerender's map is carried to the interactive render (<see cref="CarriedView"/>) instead of being
/// built (and audited) again; each switch builds one new map, as each page load did.
/// </summary>
public sealed partial class WorldMapPage
{
    private WorldMapView view = new([], null, null, null, null);
    private bool loading;

    [Inject]
    private UserScopes Scopes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private IStringLocalizer<DomainText> L { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "round")]
    private string? RoundCode { get; set; }

    [SupplyParameterFromQuery(Name = "indicator")]
    private string? IndicatorId { get; set; }

    [SupplyParameterFromQuery(Name = "capability")]
    private string? CapabilityCode { get; set; }

    [SupplyParameterFromQuery(Name = WorldMapRequest.ModeParameter)]
    private string? By { get; set; }

    /// <summary>The map as the prerender built it, carried to the interactive render (<see cref="CarriedState"/>).</summary>
    [PersistentState]
    public string? CarriedView { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (CarriedState.Unpack<WorldMapView>(CarriedView) is { } carried)
        {
            view = carried;
            return;
        }

        view = await BuildAsync(WorldMapRequest.From(RoundCode, IndicatorId, CapabilityCode, By));
        if (!RendererInfo.IsInteractive)
        {
            CarriedView = CarriedState.Pack(view);
        }
    }

    private async Task<WorldMapView> BuildAsync(WorldMapRequest request)
    {
        await using var scope = Scopes.Create();
        return await scope.ServiceProvider.GetRequiredService<WorldMapBuilder>().BuildAsync(request, CancellationToken.None);
    }

    private async Task ShowAsync(WorldMapRequest request)
    {
        // The controls stay enabled while a map loads (disabling them would drop the keyboard focus): ignore a change until then.
        if (loading)
        {
            return;
        }

        loading = true;
        try
        {
            view = await BuildAsync(request);
            // The address follows the map, so a reload or a shared link shows the same one.
            await JS.InvokeVoidAsync("history.replaceState", null, "", Address(view));
        }
        catch (AccessDeniedException)
        {
            Snackbar.Add(L["Map.AccessEnded"], Severity.Error);
        }
        finally
        {
            loading = false;
        }
    }

    private string Address(WorldMapView shown)
    {
        var query = shown is { Round: { } round, Subject: { } subject }
            ? $"?round={Uri.EscapeDataString(round.Code)}&{WorldMapRequest.ModeParameter}={subject.Mode.ToString().ToLowerInvariant()}&{subject.Query}"
            : "";
        return Navigation.ToAbsoluteUri("map" + query).ToString();
    }
}
