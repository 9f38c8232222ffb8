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
    public void AddSheet(string name, IEnumerable<IReadOnlyList<string?>> rows)
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
                    if (string.IsNullOrEmpty(row[i]))
                    {
                        continue;
                    }

                    writer.WriteElement(new Cell(new InlineString(new Text(row[i]!) { Space = SpaceProcessingModeValues.Preserve }))
                    {
                        CellReference = XlsxBook.ColumnName(i) + number,
                        DataType = CellValues.InlineString,
                    });
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        workbook.Workbook = new Workbook(sheets);
        workbook.Workbook.Save();
        document.Dispose();
    }
}
