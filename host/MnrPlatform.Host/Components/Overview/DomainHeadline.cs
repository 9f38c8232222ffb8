using System.Globalization;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Components.Overview;

/// <summary>A domain's headline figures in a round: its capabilities in place (a review round) or at phase 3 or above (a self-assessment).</summary>
/// <param name="DomainCode">The domain.</param>
/// <param name="DomainName">The domain's name (the plugin's, with its translations).</param>
/// <param name="CountsInPlace">True when the rows count capabilities in place (a review) rather than phases (a self-assessment).</param>
/// <param name="Rows">One headline per capability that has answers, highest share first.</param>
/// <param name="Capabilities">The names of the domain's capabilities by code (the plugin's, with its translations).</param>
public sealed record DomainHeadline(string DomainCode, LocalizedText DomainName, bool CountsInPlace, IReadOnlyList<ShownResult> Rows, IReadOnlyDictionary<string, LocalizedText> Capabilities)
{
    private const string EstablishedSuffix = ".phase-3-or-above";

    /// <summary>The indicators a headline may draw on: every Figure 1 row and every "phase 3 or above".</summary>
    public static IEnumerable<Owned<IndicatorInfo>> Candidates(FrameworkCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Indicators.Where(i => i.Item.Id.EndsWith(FrameworkCatalog.InPlaceSuffix, StringComparison.Ordinal)
            || i.Item.Id.EndsWith(EstablishedSuffix, StringComparison.Ordinal));
    }

    /// <summary>
    /// One headline per domain from the <see cref="Breakdown.All"/> results of <see cref="Candidates"/>:
    /// the Figure 1 rows where the round has them, otherwise the phases; domains without answers are left out.
    /// </summary>
    public static IReadOnlyList<DomainHeadline> From(FrameworkCatalog catalog, IReadOnlyList<ShownResult> results)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(results);
        var answered = results.Where(r => r.Overall is { } g && (g.Denominator is > 0 || g.Suppression is Suppression.Primary or Suppression.Complementary)).ToList();
        var inPlace = answered.Any(r => r.Indicator.Item.Id.EndsWith(FrameworkCatalog.InPlaceSuffix, StringComparison.Ordinal));
        var suffix = inPlace ? FrameworkCatalog.InPlaceSuffix : EstablishedSuffix;
        return [.. catalog.Domains.Select(d => new DomainHeadline(
                d.Content.Domain.Code,
                d.Content.Domain.Name,
                inPlace,
                [.. answered.Where(r => r.Indicator.DomainCode == d.Content.Domain.Code && r.Indicator.Item.Id.EndsWith(suffix, StringComparison.Ordinal))
                    .OrderByDescending(r => r.Overall!.IsPublished).ThenByDescending(r => r.Overall!.Value).ThenBy(r => r.Label, StringComparer.Ordinal)],
                d.Content.Capabilities.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal)))
            .Where(h => h.Rows.Count > 0)];
    }

    /// <summary>
    /// The headline sentence of a row in the request's language, e.g. "32 of 42 countries (76 per cent)
    /// have Leadership in place"; the capability's name is the plugin's, in the request's language. Numbers follow the current culture.
    /// </summary>
    public string Sentence(ShownResult row, IStringLocalizer<OverviewText> words)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(words);
        var value = row.Overall!;
        var capability = BidiText.Isolate(CapabilityName(row));
        var kind = CountsInPlace ? "InPlace" : "Established";
        return value.IsPublished && value.Numerator is { } n && value.Denominator is { } d
            ? words[$"Headline.{kind}", n, d, Rounded(value), capability]
            : words[$"Headline.{kind}.Withheld", capability];
    }

    /// <summary>A published share as a percentage in the current culture ("76%", "76 %"); a dash when withheld.</summary>
    public static string Percent(ShownGroup value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.IsPublished ? ShownFormat.Percent(Rounded(value)) : "–";
    }

    // The capability's own name in the request's language; an indicator outside the domain's capabilities keeps its label.
    private string CapabilityName(ShownResult row) =>
        Capabilities.TryGetValue(row.Indicator.Item.CapabilityCode, out var name) ? name.For(CultureInfo.CurrentUICulture) : row.Label;

    // As published: half up to a whole number (IndicatorValue's rule).
    private static decimal Rounded(ShownGroup value) => Math.Round(value.Value ?? 0m, MidpointRounding.AwayFromZero);
}
