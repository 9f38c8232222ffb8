using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>A row of a sheet: its number and its cells' text by column position (A = 0); formula cells listed apart.</summary>
/// <param name="Number">The row number as the spreadsheet shows it.</param>
/// <param name="Cells">The cells' text by column position; null where there is no cell.</param>
/// <param name="Formulas">The positions of cells that hold a formula.</param>
internal sealed record XlsxRow(int Number, string?[] Cells, IReadOnlyList<int> Formulas)
{
    /// <summary>The text of column <paramref name="index"/>, "" when empty.</summary>
    public string Cell(int index) => index < Cells.Length ? Cells[index] ?? "" : "";

    /// <summary>True when every cell is empty.</summary>
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Reads an XLSX workbook's sheets row by row (streaming, OpenXmlReader): shared strings, inline
/// strings, numbers and booleans as text; a damaged or foreign ZIP is reported, never thrown.
/// </summary>
internal sealed class XlsxBook : IDisposable
{
    private readonly MemoryStream stream;
    private readonly SpreadsheetDocument document;
    private readonly string[] sharedStrings;
    private readonly Dictionary<string, WorksheetPart> sheets;

    private XlsxBook(MemoryStream stream, SpreadsheetDocument document, string[] sharedStrings, Dictionary<string, WorksheetPart> sheets, IReadOnlyList<string> sheetNames)
    {
        this.stream = stream;
        this.document = document;
        this.sharedStrings = sharedStrings;
        this.sheets = sheets;
        SheetNames = sheetNames;
    }

    /// <summary>The sheets' names in workbook order.</summary>
    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>Opens the workbook in <paramref name="bytes"/>; null with the reason when it is not one.</summary>
    public static XlsxBook? Open(ReadOnlyMemory<byte> bytes, out string? reason)
    {
        reason = null;
        var stream = new MemoryStream(bytes.ToArray(), writable: false);
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(stream, false, new OpenSettings { AutoSave = false });
            if (document.WorkbookPart?.Workbook?.Sheets is not { } sheetList)
            {
                reason = "a ZIP archive that is not an Excel workbook (.xlsx): it has no workbook";
                document.Dispose();
                stream.Dispose();
                return null;
            }

            var workbook = document.WorkbookPart;
            var names = new List<string>();
            var parts = new Dictionary<string, WorksheetPart>(StringComparer.OrdinalIgnoreCase);
            foreach (var sheet in sheetList.Elements<Sheet>())
            {
                if (sheet.Id?.Value is { } id && sheet.Name?.Value is { } name && workbook.GetPartById(id) is WorksheetPart part)
                {
                    names.Add(name);
                    parts[name] = part;
                }
            }

            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            return new XlsxBook(stream, document, shared, parts, names);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            document?.Dispose();
            stream.Dispose();
            reason = e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
                ? "a ZIP archive that is not a readable Excel workbook (.xlsx): it is damaged or holds something else"
                : $"the workbook cannot be read ({e.GetType().Name}): it is damaged or not an .xlsx file";
            return null;
        }
    }

    /// <summary>
    /// The rows of <paramref name="sheet"/> that have cells, in order; a broken sheet stops with
    /// <see cref="XlsxSheetException"/>.
    /// </summary>
    public IEnumerable<XlsxRow> Rows(string sheet)
    {
        var part = sheets[sheet];
        OpenXmlReader reader;
        try
        {
            reader = OpenXmlReader.Create(part);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or OpenXmlPackageException)
        {
            throw new XlsxSheetException("the sheet cannot be read: it is damaged", e);
        }

        using (reader)
        {
            var previous = 0;
            while (true)
            {
                Row? row;
                try
                {
                    if (!reader.Read())
                    {
                        yield break;
                    }

                    if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                    {
                        continue;
                    }

                    row = (Row)reader.LoadCurrentElement()!;
                }
                catch (Exception e) when (e is XmlException or InvalidDataException or IOException or InvalidOperationException)
                {
                    throw new XlsxSheetException($"the sheet cannot be read after row {previous}: it is damaged", e);
                }

                previous = row.RowIndex?.Value is { } index and > 0 and <= int.MaxValue ? (int)index : previous + 1;
                yield return Read(row, previous);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }

    /// <summary>The column letters of position <paramref name="index"/> (0 → A, 26 → AA).</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private XlsxRow Read(Row row, int number)
    {
        var cells = new List<string?>();
        var formulas = new List<int>();
        var position = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            position = ColumnIndex(cell.CellReference?.Value) ?? position + 1;
            if (position > 16383)
            {
                break;
            }

            while (cells.Count <= position)
            {
                cells.Add(null);
            }

            if (cell.CellFormula is not null)
            {
                formulas.Add(position);
            }

            cells[position] = Text(cell);
        }

        return new XlsxRow(number, [.. cells], formulas);
    }

    private string? Text(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        var raw = cell.CellValue?.Text;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Length ? sharedStrings[index] : null;
        }

        return type == CellValues.Boolean ? (raw == "1" ? "TRUE" : "FALSE") : raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters is > 0 and <= 3 ? index - 1 : null;
    }
}

/// <summary>A sheet's XML is damaged part way.</summary>
internal sealed class XlsxSheetException(string message, Exception inner) : Exception(message, inner);
