using MnrPlatform.Data.Surveys.Transfer;

namespace MnrPlatform.Data.Exports;

/// <summary>
/// A round's results download as a workbook: a "results" sheet (the header, then one row per group,
/// n, N and the value as numbers) and a "read me" sheet (the notes and what each column holds).
/// </summary>
public static class IndicatorResultsXlsx
{
    /// <summary>The sheet holding the rows.</summary>
    public const string ResultsSheet = "results";

    /// <summary>The sheet explaining them.</summary>
    public const string ReadMeSheet = "read me";

    /// <summary>The XLSX bytes of <paramref name="export"/>.</summary>
    public static byte[] ToBytes(IndicatorResultsExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var output = new MemoryStream();
        using (var book = new XlsxWriter(output))
        {
            book.AddSheetWithNumbers(ResultsSheet, [[.. IndicatorResultRow.Headers], .. export.Rows.Select(r => r.Cells)]);
            book.AddSheet(ReadMeSheet, [
                .. IndicatorResultsReadMe.Notes(export).Select(n => (IReadOnlyList<string?>)[n]),
                [],
                ["column", "meaning"],
                .. IndicatorResultsReadMe.Columns.Select(c => (IReadOnlyList<string?>)[c.Column, c.Meaning])]);
        }

        return output.ToArray();
    }
}
