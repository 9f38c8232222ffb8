namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Reads the wide template (<see cref="XlsxTemplateWriter"/>): on every sheet an info area (rows
/// "round", "country", "instrument" with the code in column B; note rows starting with # are
/// skipped), then a header row starting with "question", then one row per question. Only the
/// question, value, comment and evidence columns are read; a question row with no value, comment
/// or evidence is an unanswered question and is skipped.
/// </summary>
internal static class XlsxTemplateReader
{
    /// <summary>The template's header: the columns a person reads, then the three they fill in.</summary>
    public static IReadOnlyList<string> Header { get; } = ["question", "capability", "question text", "kind", "allowed values", "value", "comment", "evidence"];

    /// <summary>The info rows' keys.</summary>
    public static IReadOnlyList<string> InfoKeys { get; } = ["round", "country", "instrument"];

    public static void Read(XlsxBook book, string fileName, ParsedFile file, ProblemList problems)
    {
        foreach (var sheet in book.SheetNames)
        {
            ReadSheet(book, sheet, fileName, file, problems);
        }
    }

    private static void ReadSheet(XlsxBook book, string sheet, string fileName, ParsedFile file, ProblemList problems)
    {
        var info = new Dictionary<string, (string Value, TransferLocation Location)>(StringComparer.OrdinalIgnoreCase);
        Dictionary<TransferField, int>? columns = null;
        var labels = new ColumnLabels();
        foreach (var row in book.Rows(sheet))
        {
            var location = new TransferLocation(fileName, sheet, row.Number);
            if (columns is null)
            {
                if (XlsxAnswerReader.IsNote(row))
                {
                    continue;
                }

                var key = row.Cell(0).Trim();
                if (InfoKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
                {
                    info[key] = (row.Cell(1).Trim(), location.At($"B ({key.ToLowerInvariant()})"));
                    continue;
                }

                if (!string.Equals(key, Header[0], StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(location.At("A"), $"expected an info row (round, country or instrument) or the header row starting with \"question\", found \"{Shorten(key)}\"; an answers workbook has a sheet named \"answers\" or the template's sheets");
                    return;
                }

                columns = MapHeader(row, location, problems, labels);
                if (columns is null || !CheckInfo(info, new TransferLocation(fileName, sheet), problems, file))
                {
                    return;
                }

                LabelInfo(info, labels);
                continue;
            }

            if (row.IsBlank || !XlsxAnswerReader.CheckFormulas(row, location, problems))
            {
                continue;
            }

            string? Cell(TransferField field) => columns.TryGetValue(field, out var i) && row.Cell(i) is { Length: > 0 } text ? text : null;
            var value = Cell(TransferField.Value);
            var comment = Cell(TransferField.Comment);
            var evidence = Cell(TransferField.Evidence);
            if (string.IsNullOrWhiteSpace(value) && comment is null && evidence is null)
            {
                continue;
            }

            file.Add(new TransferRow(location, labels, null, info["country"].Value, info["instrument"].Value, Cell(TransferField.Question) ?? "", value ?? "", comment, evidence));
        }

        if (columns is null)
        {
            problems.Add(new TransferLocation(fileName, sheet), "the sheet has no header row starting with \"question\" (is this an answers workbook?)");
        }
    }

    private static Dictionary<TransferField, int>? MapHeader(XlsxRow row, TransferLocation location, ProblemList problems, ColumnLabels labels)
    {
        var columns = new Dictionary<TransferField, int>();
        for (var i = 0; i < row.Cells.Length; i++)
        {
            if (TransferColumns.Find(row.Cell(i)) is { } field and (TransferField.Question or TransferField.Value or TransferField.Comment or TransferField.Evidence))
            {
                columns[field] = i;
                labels.Set(field, $"{XlsxBook.ColumnName(i)} ({TransferColumns.Name(field)})");
            }
        }

        if (!columns.ContainsKey(TransferField.Value))
        {
            problems.Add(location, "the header row has no \"value\" column");
            return null;
        }

        return columns;
    }

    private static bool CheckInfo(Dictionary<string, (string Value, TransferLocation Location)> info, TransferLocation sheet, ProblemList problems, ParsedFile file)
    {
        var missing = InfoKeys.Where(k => !info.TryGetValue(k, out var entry) || entry.Value.Length == 0).ToList();
        if (missing.Count > 0)
        {
            problems.Add(sheet, $"the info area above the header lacks {string.Join(", ", missing)} (a row with the name in column A and the code in column B)");
            return false;
        }

        file.DeclaredRounds.Add((info["round"].Value, info["round"].Location));
        return true;
    }

    // Country and instrument come from the info area: problems with them point there.
    private static void LabelInfo(Dictionary<string, (string Value, TransferLocation Location)> info, ColumnLabels labels)
    {
        labels.Set(TransferField.Country, $"B of info row {info["country"].Location.Row} (country)");
        labels.Set(TransferField.Instrument, $"B of info row {info["instrument"].Location.Row} (instrument)");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
