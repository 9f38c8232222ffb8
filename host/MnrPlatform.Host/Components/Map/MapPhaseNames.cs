using Microsoft.Extensions.Localization;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.Map;

/// <summary>
/// How the map's legend and table name the four phases of the Maturity Model. Phase 1 "Building" and
/// phase 4 "Maturity" are the model's own names; phases 2 and 3 follow the wording of the phase
/// descriptors (a country developing the capability, a country with it established).
/// </summary>
public static class MapPhaseNames
{
    /// <summary>Phase 1 to 4, in order, in the request's language (the glossaries' phase names).</summary>
    public static IReadOnlyList<string> All(IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return [.. Enumerable.Range(1, 4).Select(p => words[$"Map.Phase{p}"].Value)];
    }
}
