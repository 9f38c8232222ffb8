namespace MnrPlatform.Core.Charts;

/// <summary>A column of a <see cref="ChartTable"/>.</summary>
/// <param name="Key">A stable key (pages mark cells with it, e.g. <c>percent</c>).</param>
/// <param name="Header">What the column header says.</param>
/// <param name="Numeric">True for numbers: right-aligned.</param>
/// <param name="Data">True when the cells are data shown as stored (codes, region names), never translated.</param>
public sealed record ChartColumn(string Key, string Header, bool Numeric = true, bool Data = false);

/// <summary>A row of a <see cref="ChartTable"/>.</summary>
/// <param name="Key">A stable key, e.g. the indicator id.</param>
/// <param name="Label">The row header, e.g. the capability.</param>
/// <param name="Cells">One text per column; empty when there is nothing to show.</param>
public sealed record ChartRow(string Key, string Label, IReadOnlyList<string> Cells);

/// <summary>
/// The data behind a chart, exactly as the page shows it beside the chart and as its CSV download
/// holds it: every chart has one, so its figures can be read without JavaScript or sight.
/// </summary>
/// <param name="RowHeader">The header of the row labels' column.</param>
/// <param name="Columns">The value columns.</param>
/// <param name="Rows">The rows, in the chart's order.</param>
public sealed record ChartTable(string RowHeader, IReadOnlyList<ChartColumn> Columns, IReadOnlyList<ChartRow> Rows)
{
    /// <summary>The cell of <paramref name="row"/> in the column with <paramref name="columnKey"/>.</summary>
    public string Cell(ChartRow row, string columnKey)
    {
        ArgumentNullException.ThrowIfNull(row);
        var i = Columns.ToList().FindIndex(c => c.Key == columnKey);
        return i >= 0 && i < row.Cells.Count ? row.Cells[i] : "";
    }
}
