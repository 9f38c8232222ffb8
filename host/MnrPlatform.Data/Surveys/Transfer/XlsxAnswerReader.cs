namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Reads a workbook of answers: the long form when it has a sheet named <c>answers</c> (or its one
/// sheet starts with the long header), otherwise the wide template (<see cref="XlsxTemplateReader"/>).
/// Cells are taken as typed: text cells as they are (no quote is removed: a text cell is never a
/// formula), a cell holding a formula is refused.
/// </summary>
internal static class XlsxAnswerReader
{
    /// <summary>The name of the long form's sheet.</summary>
    public const string AnswersSheet = "answers";

    public static void Read(ReadOnlyMemory<byte> bytes, string fileName, ParsedFile file, ProblemList problems)
    {
        using var book = XlsxBook.Open(bytes, out var reason);
        if (book is null)
        {
            problems.Add(new TransferLocation(fileName), reason!);
            return;
        }

        if (book.SheetNames.Count == 0)
        {
            problems.Add(new TransferLocation(fileName), "the workbook has no sheet");
            return;
        }

        try
        {
            if (LongSheet(book) is { } sheet)
            {
                ReadLong(book, sheet, fileName, file, problems);
            }
            else
            {
                file.IsTemplate = true;
                XlsxTemplateReader.Read(book, fileName, file, problems);
            }
        }
        catch (XlsxSheetException e)
        {
            problems.Add(new TransferLocation(fileName), e.Message);
        }
    }

    /// <summary>Adds a problem for each formula cell of <paramref name="row"/>; true when it has none.</summary>
    public static bool CheckFormulas(XlsxRow row, TransferLocation location, ProblemList problems)
    {
        foreach (var column in row.Formulas)
        {
            problems.Add(location.At(XlsxBook.ColumnName(column)), "the cell holds a formula; type the value itself (formulas are never imported)");
        }

        return row.Formulas.Count == 0;
    }

    /// <summary>True for a note row (first cell starting with #) or an empty row, skipped before a header.</summary>
    public static bool IsNote(XlsxRow row) => row.IsBlank || row.Cell(0).StartsWith('#');

    private static string? LongSheet(XlsxBook book)
    {
        if (book.SheetNames.FirstOrDefault(n => string.Equals(n, AnswersSheet, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            return named;
        }

        if (book.SheetNames.Count != 1)
        {
            return null;
        }

        var first = book.Rows(book.SheetNames[0]).FirstOrDefault(r => !IsNote(r));
        return first is not null && TransferColumns.Find(first.Cell(0)) == TransferField.Round && TransferColumns.Find(first.Cell(1)) is not null
            ? book.SheetNames[0]
            : null;
    }

    private static void ReadLong(XlsxBook book, string sheet, string fileName, ParsedFile file, ProblemList problems)
    {
        CsvHeader? header = null;
        foreach (var row in book.Rows(sheet))
        {
            var location = new TransferLocation(fileName, sheet, row.Number);
            if (header is null)
            {
                if (IsNote(row))
                {
                    continue;
                }

                header = CsvHeader.Map(row.Cells.Select(c => c ?? "").ToList(), location, problems, XlsxBook.ColumnName);
                if (header is null)
                {
                    return;
                }

                continue;
            }

            if (row.IsBlank || !CheckFormulas(row, location, problems))
            {
                continue;
            }

            file.Add(header.Row(location, row.Cells));
        }

        if (header is null)
        {
            problems.Add(new TransferLocation(fileName, sheet), $"the sheet has no header row; its first row names the columns: {string.Join(",", TransferColumns.Names)}");
        }
    }
}
