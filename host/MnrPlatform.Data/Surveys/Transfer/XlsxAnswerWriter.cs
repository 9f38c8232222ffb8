namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Writes the long XLSX form: one sheet named "answers" with the synthetic-data note in A1 when
/// the round has one, then the CSV's header and rows (as text cells, see <see cref="XlsxWriter"/>).
/// </summary>
internal static class XlsxAnswerWriter
{
    public static void Write(ExportData data, Stream output, IProgress<int>? progress)
    {
        using var book = new XlsxWriter(output);
        book.AddSheet(XlsxAnswerReader.AnswersSheet, Rows(data, progress));
    }

    private static IEnumerable<IReadOnlyList<string?>> Rows(ExportData data, IProgress<int>? progress)
    {
        if (data.LabelNote is { } note)
        {
            yield return [note];
        }

        yield return TransferColumns.Names;
        for (var i = 0; i < data.Answers.Count; i++)
        {
            var a = data.Answers[i];
            yield return [data.RoundCode, a.Country, a.Instrument, a.Question, a.Value, a.Comment, a.Evidence];
            if ((i + 1) % 10000 == 0)
            {
                progress?.Report(i + 1);
            }
        }

        progress?.Report(data.Answers.Count);
    }
}
