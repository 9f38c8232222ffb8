using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.Charts;

/// <summary>How pages and downloads say that a cell is hidden, and why, in the request's language (a download asks in English).</summary>
internal static class SuppressionText
{
    /// <summary>The words in a table cell whose value is not shown.</summary>
    public static string Cell(Suppression suppression, IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return suppression switch
        {
            Suppression.Primary => words["Suppression.Primary"],
            Suppression.Complementary => words["Suppression.Complementary"],
            Suppression.Withheld => words["Suppression.Withheld"],
            _ => "",
        };
    }

    /// <summary>The note under a table that holds suppressed cells; null when it holds none.</summary>
    public static string? Note(IEnumerable<ShownGroup> groups, DisclosureRule rule, IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(words);
        return groups.Any(g => g.Suppression != Suppression.None) ? words["Suppression.Note", rule.MinimumCellSize].Value : null;
    }

    /// <summary>A value's cell: the per cent, or why it is hidden, or "no answers".</summary>
    public static string Percent(ShownGroup? value, IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return value is null ? words["NoAnswers"]
            : value.IsPublished ? value.Display
            : value.Suppression == Suppression.None ? words["NoAnswers"] : Cell(value.Suppression, words);
    }

    /// <summary>"n of N" in the request's language; empty when either is hidden.</summary>
    public static string Counts(ShownGroup? value, IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return value is { Numerator: { } n, Denominator: { } d } ? words["Counts", n, d] : "";
    }
}
