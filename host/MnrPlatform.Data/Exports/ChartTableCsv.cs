using System.Text;
using MnrPlatform.Core.Charts;

namespace MnrPlatform.Data.Exports;

/// <summary>A chart's data table as CSV (<see cref="CsvText"/>): the note lines first (e.g. the synthetic-data label), then the header and the rows.</summary>
public static class ChartTableCsv
{
    /// <summary>The CSV bytes of <paramref name="table"/>, byte order mark included.</summary>
    public static byte[] ToBytes(ChartTable table, params IEnumerable<string> notes)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(notes);
        var text = new StringBuilder();
        foreach (var note in notes)
        {
            CsvText.Line(text, [note]);
        }

        CsvText.Line(text, [table.RowHeader, .. table.Columns.Select(c => c.Header)]);
        foreach (var row in table.Rows)
        {
            CsvText.Line(text, [row.Label, .. row.Cells]);
        }

        return [.. CsvText.Encoding.GetPreamble(), .. CsvText.Encoding.GetBytes(text.ToString())];
    }
}
