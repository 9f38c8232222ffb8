using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MnrPlatform.Host.Tests;

/// <summary>Reads a downloaded workbook for a test: its sheets' names, and a sheet's rows as text (a number as its stored text, empty cells as "").</summary>
internal sealed class XlsxSheets : IDisposable
{
    private readonly SpreadsheetDocument document;

    public XlsxSheets(byte[] bytes) => document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private WorkbookPart Workbook => document.WorkbookPart!;

    public IReadOnlyList<string> Names => [.. Workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    /// <summary>The cells of the sheet called <paramref name="name"/>, row by row.</summary>
    public IReadOnlyList<Cell[]> Cells(string name) =>
        [.. Part(name).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToArray())];

    /// <summary>The rows of the sheet called <paramref name="name"/> as text.</summary>
    public IReadOnlyList<string[]> Rows(string name) => [.. Cells(name).Select(Texts)];

    public void Dispose() => document.Dispose();

    private WorksheetPart Part(string name) =>
        (WorksheetPart)Workbook.GetPartById(Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);

    private static string[] Texts(Cell[] row)
    {
        var cells = new List<string>();
        foreach (var cell in row)
        {
            var column = ColumnIndex(cell.CellReference!.Value!);
            while (cells.Count < column)
            {
                cells.Add("");
            }

            cells.Add(cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "");
        }

        return [.. cells];
    }

    private static int ColumnIndex(string reference) =>
        reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (index, c) => (index * 26) + (c - 'A' + 1)) - 1;
}
