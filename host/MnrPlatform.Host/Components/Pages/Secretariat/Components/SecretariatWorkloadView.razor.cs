using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Resources;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Secretariat.Components;

public sealed partial class SecretariatWorkloadView : IDisposable
{
    /// <summary>How often an open dashboard reads its counts again.</summary>
    internal static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource disposed = new();
    private PluginHealth plugins = new(0, 0);
    private bool mayManagePlugins;
    private bool refreshing;

    [Inject]
    private UserScopes Scopes { get; set; } = null!;

    [Inject]
    private CurrentUser User { get; set; } = null!;

    [Inject]
    private FrameworkCatalog Catalog { get; set; } = null!;

    [Inject]
    private PluginCallGuard Guard { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SecretariatText> L { get; set; } = null!;

    /// <summary>The counts, read while prerendering and carried into the circuit (read once, not twice).</summary>
    [PersistentState]
    public SecretariatWorkload? Workload { get; set; }

    protected override async Task OnInitializedAsync()
    {
        mayManagePlugins = User.Principal.Has(Permissions.ManagePlugins);
        plugins = PluginHealth.Of(Catalog, Guard);
        Workload ??= await ReadAsync(disposed.Token);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _ = RefreshPeriodicallyAsync();
        }
    }

    private async Task<SecretariatWorkload> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.Create();
        var reader = scope.ServiceProvider.GetRequiredService<SecretariatDashboardReader>();
        return await reader.ReadAsync(scope.ServiceProvider.GetRequiredService<CurrentUser>().Scope, cancellationToken);
    }

    private async Task RefreshAsync()
    {
        refreshing = true;
        try
        {
            Workload = await ReadAsync(disposed.Token);
            plugins = PluginHealth.Of(Catalog, Guard);
        }
        catch (OperationCanceledException) when (disposed.IsCancellationRequested)
        {
            // The page was closed while reading.
        }
        catch (AccessDeniedException)
        {
            Snackbar.Add(L["Workload.AccessLost"], Severity.Warning);
        }
        finally
        {
            refreshing = false;
        }
    }

    private async Task RefreshPeriodicallyAsync()
    {
        using var timer = new PeriodicTimer(RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(disposed.Token))
            {
                await InvokeAsync(async () =>
                {
                    await RefreshAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the page was closed or the user lost access.
        }
    }

    public void Dispose()
    {
        disposed.Cancel();
        disposed.Dispose();
    }
}
