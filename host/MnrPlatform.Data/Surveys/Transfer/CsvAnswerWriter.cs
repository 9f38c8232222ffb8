using System.Text;
using MnrPlatform.Data.Exports;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Writes the long CSV form in the platform's dialect (<see cref="CsvText"/>): the synthetic-data
/// note first when the round has one, the header, one answer a line.
/// </summary>
internal static class CsvAnswerWriter
{
    private const int FlushAt = 1 << 16;

    public static async Task WriteAsync(ExportData data, Stream output, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, CsvText.Encoding, 1 << 16, leaveOpen: true);
        var text = new StringBuilder(FlushAt + 4096);
        if (data.LabelNote is { } note)
        {
            text.Append(note).Append("\r\n");
        }

        text.AppendJoin(',', TransferColumns.Names).Append("\r\n");
        for (var i = 0; i < data.Answers.Count; i++)
        {
            var a = data.Answers[i];
            Field(text, data.RoundCode).Append(',');
            Field(text, a.Country).Append(',');
            Field(text, a.Instrument).Append(',');
            Field(text, a.Question).Append(',');
            Field(text, a.Value).Append(',');
            Field(text, a.Comment).Append(',');
            Field(text, a.Evidence).Append("\r\n");
            if (text.Length >= FlushAt)
            {
                await writer.WriteAsync(text, cancellationToken);
                text.Clear();
                progress?.Report(i + 1);
            }
        }

        await writer.WriteAsync(text, cancellationToken);
        await writer.FlushAsync(cancellationToken);
        progress?.Report(data.Answers.Count);
    }

    private static StringBuilder Field(StringBuilder text, string? value) => CsvText.Field(text, value);
}
