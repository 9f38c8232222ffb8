using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Components.Overview;

/// <summary>A domain's headline figures in a round: its capabilities in place (a review round) or at phase 3 or above (a self-assessment).</summary>
/// <param name="DomainCode">The domain.</param>
/// <param name="DomainName">The domain's name.</param>
/// <param name="CountsInPlace">True when the rows count capabilities in place (a review) rather than phases (a self-assessment).</param>
/// <param name="Rows">One headline per capability that has answers, highest share first.</param>
public sealed record DomainHeadline(string DomainCode, string DomainName, bool CountsInPlace, IReadOnlyList<ShownResult> Rows)
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
                d.Content.Domain.Name.English,
                inPlace,
                [.. answered.Where(r => r.Indicator.DomainCode == d.Content.Domain.Code && r.Indicator.Item.Id.EndsWith(suffix, StringComparison.Ordinal))
                    .OrderByDescending(r => r.Overall!.IsPublished).ThenByDescending(r => r.Overall!.Value).ThenBy(r => r.Label, StringComparer.Ordinal)]))
            .Where(h => h.Rows.Count > 0)];
    }

    /// <summary>What a row counts, e.g. "have Leadership in place" or "assess Leadership at phase 3 or above".</summary>
    public string What(ShownResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return CountsInPlace
            ? $"have {row.Label} in place"
            : $"assess {row.Label.Replace(": phase 3 or above", "", StringComparison.Ordinal)} at phase 3 or above";
    }

    /// <summary>The headline sentence of a row, e.g. "32 of 42 countries (76 per cent) have Leadership in place".</summary>
    public string Sentence(ShownResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var value = row.Overall!;
        return value.IsPublished && value.Numerator is { } n && value.Denominator is { } d
            ? $"{n} of {d} countries ({value.Display} per cent) {What(row)}"
            : $"Not shown: too few countries answered whether they {What(row)}";
    }
}
