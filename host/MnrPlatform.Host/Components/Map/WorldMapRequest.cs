namespace MnrPlatform.Host.Components.Map;

/// <summary>What a world map shows for each country.</summary>
public enum MapMode
{
    /// <summary>Whether the country is counted by an indicator.</summary>
    Indicator,

    /// <summary>The maturity phase the country self-assessed for a capability.</summary>
    Phase,
}

/// <summary>
/// The world map a page or a download asks for, as its query string says it
/// (<c>/map?round=…&amp;indicator=…</c> or <c>&amp;capability=…</c>); whatever is left out takes its default.
/// </summary>
/// <param name="RoundCode">The round; null for the newest round with validated answers.</param>
/// <param name="IndicatorId">An indicator id, or the id of a plugin's choropleth chart (its indicator is mapped).</param>
/// <param name="CapabilityCode">A capability code, for the map of its maturity phase.</param>
/// <param name="Mode">Which of the two the form chose; null to go by which one is given.</param>
public sealed record WorldMapRequest(string? RoundCode, string? IndicatorId = null, string? CapabilityCode = null, MapMode? Mode = null)
{
    /// <summary>The query parameter that names the mode (the form's radio buttons).</summary>
    public const string ModeParameter = "by";

    /// <summary>Reads the query string's values; a blank value counts as not given, an unknown mode as none.</summary>
    public static WorldMapRequest From(string? round, string? indicator, string? capability, string? by) => new(
        Blank(round),
        Blank(indicator),
        Blank(capability),
        Enum.TryParse<MapMode>(by, ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode : null);

    /// <summary>The mode asked for: the form's, else phase when only a capability is named, else indicator.</summary>
    public MapMode EffectiveMode => Mode ?? (IndicatorId is null && CapabilityCode is not null ? MapMode.Phase : MapMode.Indicator);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What a map is of: an indicator, or the maturity phase of a capability.</summary>
/// <param name="Mode">Indicator or phase.</param>
/// <param name="Code">The indicator id or the capability code.</param>
/// <param name="Name">Its name in the request's language, e.g. "Leadership".</param>
/// <param name="PluginId">The plugin that supplies it.</param>
/// <param name="Title">How titles name the subject: the indicator's name, or "Maturity phase of" the capability.</param>
public sealed record MapSubject(MapMode Mode, string Code, string Name, string PluginId, string Title)
{
    /// <summary>The query string naming the subject, e.g. <c>indicator=policy.leadership.in-place</c>.</summary>
    public string Query => $"{(Mode == MapMode.Indicator ? "indicator" : "capability")}={Uri.EscapeDataString(Code)}";
}
