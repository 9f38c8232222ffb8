namespace MnrPlatform.Host.Resources;

/// <summary>
/// MudBlazor's own words (pager and sort labels, filter operators, "Close", a number field's error),
/// keyed as MudBlazor names them; read by <c>PlatformMudLocalizer</c>. English repeats MudBlazor's own.
/// </summary>
public sealed class MudBlazorText;
