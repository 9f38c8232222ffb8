using Microsoft.Extensions.Localization;
using MnrPlatform.Host.Resources;
using MudBlazor;

namespace MnrPlatform.Host.Hosting.Localization;

/// <summary>
/// Gives MudBlazor's components (data grids, pagers, dialogs, chips, inputs) their words in the
/// request's language from <c>Resources/MudBlazorText.*.resx</c>. MudBlazor keeps its own English for
/// English pages and falls back to it for a key this file lacks.
/// </summary>
internal sealed class PlatformMudLocalizer(IStringLocalizer<MudBlazorText> words) : MudLocalizer
{
    public override LocalizedString this[string key] => words[key];

    public override LocalizedString this[string key, params object[] arguments] => words[key, arguments];
}
