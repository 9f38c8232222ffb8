namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Reads the wide template (<see cref="XlsxTemplateWriter"/>) written in any of the platform's
/// languages (<see cref="TemplateWords"/>): the instruction sheet is skipped; on every other sheet an
/// info area (rows "round", "country", "instrument" with the code in column B; note rows starting
/// with # are skipped), then a header row starting with "question", then one row per question. Only
/// the question, value, comment and evidence columns are read; a question row with no value, comment
/// or evidence is an unanswered question and is skipped. A label or header that is none of the
/// template's words in any language is refused, naming its cell.
/// </summary>
internal static class XlsxTemplateReader
{
    public static void Read(XlsxBook book, string fileName, ParsedFile file, ProblemList problems)
    {
        foreach (var sheet in book.SheetNames.Where(s => !TemplateWords.IsInstructions(s)))
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

                var label = row.Cell(0).Trim();
                if (TemplateWords.Find(label, TemplateWords.Info) is { } key)
                {
                    info[key] = (row.Cell(1).Trim(), location.At($"B ({key})"));
                    continue;
                }

                if (TemplateWords.Find(label, TemplateWords.Columns) != TransferColumns.Name(TransferField.Question))
                {
                    problems.Add(location.At("A"), $"\"{Shorten(label)}\" is not a label of the template in English, French, Spanish or Arabic: expected an info row (round, country or instrument) or the header row starting with \"question\"; an answers workbook has a sheet named \"answers\" or the template's sheets");
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
        var known = true;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var header = row.Cell(i);
            if (TemplateWords.Find(header, TemplateWords.Columns) is not { } name)
            {
                known &= header.Trim().Length == 0;
                if (header.Trim().Length > 0)
                {
                    problems.Add(location.At(XlsxBook.ColumnName(i)), $"the header \"{Shorten(header.Trim())}\" is not a column of the template in English, French, Spanish or Arabic");
                }

                continue;
            }

            if (TransferColumns.Find(name) is { } field and (TransferField.Question or TransferField.Value or TransferField.Comment or TransferField.Evidence))
            {
                columns[field] = i;
                labels.Set(field, $"{XlsxBook.ColumnName(i)} ({TransferColumns.Name(field)})");
            }
        }

        if (!known)
        {
            return null;
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
        var missing = TemplateWords.Info.Select(i => i.Name).Where(k => !info.TryGetValue(k, out var entry) || entry.Value.Length == 0).ToList();
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
