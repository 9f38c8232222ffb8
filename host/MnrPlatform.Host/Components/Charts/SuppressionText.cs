using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;

namespace MnrPlatform.Host.Components.Charts;

/// <summary>How pages and downloads say that a cell is hidden, and why.</summary>
internal static class SuppressionText
{
    /// <summary>The words in a table cell whose value is not shown.</summary>
    public static string Cell(Suppression suppression) => suppression switch
    {
        Suppression.Primary => "suppressed (small group)",
        Suppression.Complementary => "suppressed (protects a small group)",
        Suppression.Withheld => "not shown",
        _ => "",
    };

    /// <summary>The note under a table that holds suppressed cells; null when it holds none.</summary>
    public static string? Note(IEnumerable<ShownGroup> groups, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return groups.Any(g => g.Suppression != Suppression.None)
            ? $"Cells counting fewer than {rule.MinimumCellSize} countries are suppressed, and so are the cells from which they could be worked out: a small group could identify a country."
            : null;
    }

    /// <summary>A value's cell: the per cent, or why it is hidden, or "no answers".</summary>
    public static string Percent(ShownGroup? value) =>
        value is null ? "no answers" : value.IsPublished ? value.Display : value.Suppression == Suppression.None ? "no answers" : Cell(value.Suppression);
}
