using MudBlazor;
using MudBlazor.Services;

namespace MnrPlatform.Host.Theme;

/// <summary>MudBlazor's service defaults: where snackbars appear and how long they stay.</summary>
internal static class MudConfiguration
{
    public static void Configure(MudServicesConfiguration configuration)
    {
        var snackbar = configuration.SnackbarConfiguration;
        snackbar.PositionClass = Defaults.Classes.Position.BottomRight;
        snackbar.PreventDuplicates = true;
        snackbar.NewestOnTop = true;
        snackbar.ShowCloseIcon = true;
        snackbar.VisibleStateDuration = 6000;
        snackbar.SnackbarVariant = Variant.Filled;
    }
}
