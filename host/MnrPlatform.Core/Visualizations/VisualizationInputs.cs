using System.Globalization;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Core.Visualizations;

/// <summary>
/// Turns the results one viewer may see (<see cref="ShownResult"/>, already through the disclosure
/// rule) into a visualization's input. Only groups of countries go in: a suppressed group keeps its
/// code, name and reason and loses its numbers, so a plugin's figure cannot show what the page's
/// table hides.
/// </summary>
public static class VisualizationInputs
{
    /// <summary>
    /// The input for <paramref name="declared"/> (the visualization's indicators, in its order) from
    /// <paramref name="shown"/> (those indicators by the breakdowns they allow).
    /// </summary>
    /// <param name="declared">The visualization's indicators.</param>
    /// <param name="shown">The viewer's results of those indicators.</param>
    /// <param name="culture">The viewer's culture.</param>
    /// <param name="roundName">The round's name.</param>
    /// <param name="hiddenText">How the host words a suppression (the same words as its tables).</param>
    public static VisualizationInput From(
        IReadOnlyList<Owned<IndicatorInfo>> declared,
        IReadOnlyList<ShownResult> shown,
        CultureInfo culture,
        string roundName,
        Func<Suppression, string> hiddenText)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(hiddenText);
        var byIndicator = shown.ToLookup(r => r.Indicator.Item.Id, StringComparer.Ordinal);
        return new VisualizationInput(culture, roundName, [.. declared.Select(d => Indicator(d.Item, byIndicator[d.Item.Id], culture, hiddenText))]);
    }

    private static VisualizationIndicator Indicator(IndicatorInfo indicator, IEnumerable<ShownResult> results, CultureInfo culture, Func<Suppression, string> hiddenText)
    {
        var breakdowns = results
            .Where(r => r.Fault is null && r.Groups.Count > 0)
            .OrderBy(r => r.Breakdown)
            .Select(r => new VisualizationBreakdown(BreakdownNames.Name(r.Breakdown), [.. r.Groups.Select(g => Group(g, hiddenText))]))
            .ToList();
        return new VisualizationIndicator(indicator.Id, indicator.Name.For(culture), indicator.CapabilityCode, indicator.Unit.For(culture), breakdowns);
    }

    private static VisualizationGroup Group(ShownGroup group, Func<Suppression, string> hiddenText) =>
        group.Suppression == Suppression.None
            ? new VisualizationGroup(group.Code, group.Name, group.Numerator, group.Denominator, group.Value, null)
            : new VisualizationGroup(group.Code, group.Name, null, null, null, hiddenText(group.Suppression));
}
