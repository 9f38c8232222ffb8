namespace MnrPlatform.Core.Disclosure;

/// <summary>Why a count is not shown.</summary>
public enum Suppression
{
    /// <summary>Shown.</summary>
    None,

    /// <summary>Fewer than k countries.</summary>
    Primary,

    /// <summary>Hidden so a primary-suppressed count cannot be worked out from what is shown.</summary>
    Complementary,

    /// <summary>
    /// Not shown at all: the groups overlap (a country in more than one), so the counts are not
    /// additive and cannot be protected with the other breakdowns (see <see cref="IndicatorDisclosure"/>).
    /// </summary>
    Withheld,
}

/// <summary>A count as published: its value, or nothing and why.</summary>
/// <param name="Value">The count; null when suppressed.</param>
/// <param name="Suppression">Why it is hidden, or <see cref="Suppression.None"/>.</param>
public readonly record struct DisclosedCount(int? Value, Suppression Suppression)
{
    /// <summary>True when the value is shown.</summary>
    public bool IsPublished => Suppression == Suppression.None;

    /// <summary>The value, or "suppressed".</summary>
    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "suppressed";
}

/// <summary>A <see cref="CountTable"/> as it may be shown under a <see cref="DisclosureRule"/>.</summary>
public sealed class DisclosedTable
{
    private readonly DisclosedCount[,] cells;

    internal DisclosedTable(CountTable source, DisclosureRule rule, DisclosedCount[,] cells)
    {
        Breakdown = source.Breakdown;
        Rows = source.Rows;
        Columns = source.Columns;
        Rule = rule;
        this.cells = cells;
    }

    /// <summary>What the rows break the population down by.</summary>
    public string Breakdown { get; }

    /// <summary>Row labels.</summary>
    public IReadOnlyList<string> Rows { get; }

    /// <summary>Column labels.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rule the table was protected with.</summary>
    public DisclosureRule Rule { get; }

    /// <summary>A cell.</summary>
    public DisclosedCount Cell(int row, int column) => cells[row, column];

    /// <summary>A row's total.</summary>
    public DisclosedCount RowTotal(int row) => cells[row, Columns.Count];

    /// <summary>A column's total.</summary>
    public DisclosedCount ColumnTotal(int column) => cells[Rows.Count, column];

    /// <summary>The grand total.</summary>
    public DisclosedCount GrandTotal => cells[Rows.Count, Columns.Count];

    /// <summary>How many values (cells and totals) are hidden.</summary>
    public int SuppressedCount => cells.Cast<DisclosedCount>().Count(c => !c.IsPublished);

    /// <summary>A value of the table extended by its totals (see <see cref="CountTable"/>).</summary>
    public DisclosedCount Extended(int row, int column) => cells[row, column];
}
