using System.Globalization;
using System.Text;

namespace MnrPlatform.Data.Exports;

/// <summary>
/// A round's results download as CSV (<see cref="CsvText"/>): the round's name and, for synthetic
/// data, its label first (like a chart's CSV), then the header and one line per row. Suppressed
/// cells have empty n, N and value; the suppression column says why.
/// </summary>
public static class IndicatorResultsCsv
{
    /// <summary>The CSV bytes of <paramref name="export"/>, byte order mark included.</summary>
    public static byte[] ToBytes(IndicatorResultsExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var text = new StringBuilder();
        foreach (var note in IndicatorResultsReadMe.Notes(export))
        {
            CsvText.Line(text, [note]);
        }

        CsvText.Line(text, IndicatorResultRow.Headers);
        foreach (var row in export.Rows)
        {
            CsvText.Line(text, row.Cells.Select(Text));
        }

        return [.. CsvText.Encoding.GetPreamble(), .. CsvText.Encoding.GetBytes(text.ToString())];
    }

    /// <summary>A cell as CSV text: numbers in the invariant culture (a point as decimal separator).</summary>
    public static string? Text(object? cell) => Convert.ToString(cell, CultureInfo.InvariantCulture);
}
