using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Writes a workbook sheet by sheet, streaming (OpenXmlWriter). Every cell is an inline string:
/// never a formula, so a spreadsheet shows "=HYPERLINK(…)" as text and does not run it.
/// </summary>
internal sealed class XlsxWriter : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly Sheets sheets = new();

    public XlsxWriter(Stream output)
    {
        document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        workbook = document.AddWorkbookPart();
    }

    /// <summary>Adds a sheet named <paramref name="name"/> with <paramref name="rows"/> (null cells left empty).</summary>
    public void AddSheet(string name, IEnumerable<IReadOnlyList<string?>> rows) =>
        AddCells(name, rows.Select(row => (IReadOnlyList<object?>)row));

    /// <summary>
    /// Adds a sheet whose cells may be numbers: an <see cref="int"/> or <see cref="decimal"/> cell is
    /// written as a number, anything else as an inline string (its text); null cells are left empty.
    /// </summary>
    public void AddSheetWithNumbers(string name, IEnumerable<IReadOnlyList<object?>> rows) => AddCells(name, rows);

    private void AddCells(string name, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            uint number = 0;
            foreach (var row in rows)
            {
                number++;
                writer.WriteStartElement(new Row { RowIndex = number });
                for (var i = 0; i < row.Count; i++)
                {
                    if (CellOf(row[i]) is { } cell)
                    {
                        cell.CellReference = XlsxBook.ColumnName(i) + number;
                        writer.WriteElement(cell);
                    }
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    // A number for int and decimal, an inline string for any other non-empty value, nothing for null or "".
    private static Cell? CellOf(object? value) => value switch
    {
        int n => new Cell(new CellValue(n)) { DataType = CellValues.Number },
        decimal d => new Cell(new CellValue(d)) { DataType = CellValues.Number },
        null => null,
        _ when Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) is { Length: > 0 } text =>
            new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString },
        _ => null,
    };

    /// <inheritdoc />
    public void Dispose()
    {
        workbook.Workbook = new Workbook(sheets);
        workbook.Workbook.Save();
        document.Dispose();
    }
}
