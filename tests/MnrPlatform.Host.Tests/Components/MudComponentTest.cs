using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>
/// A bUnit context for the host's MudBlazor components: MudBlazor's services, the host's resource
/// files (components take their words from them; English), the six plugins' catalog (loaded when first asked for), JS interop in loose mode (MudBlazor calls
/// into its own script, which bUnit does not run). Components that open
/// popovers, menus or dialogs render inside <see cref="RenderWithProviders{TComponent}"/>.
/// </summary>
public abstract class MudComponentTest : BunitContext
{
    protected MudComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        Services.AddLocalization();
        Services.AddSingleton(_ => PluginCatalog.Shared);
    }

    /// <summary>Renders <typeparamref name="TComponent"/> after MudBlazor's popover and dialog providers, as an interactive page does.</summary>
    protected IRenderedComponent<TComponent> RenderWithProviders<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        return Render(parameters ?? (_ => { }));
    }
}
