using System.Text.Json;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>Writes the JSON form (<see cref="JsonAnswerFile"/>); "syntheticDataLabel" only when the round has one.</summary>
internal static class JsonAnswerWriter
{
    public static async Task WriteAsync(ExportData data, Stream output, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("format", JsonAnswerFile.FormatMarker);
        json.WriteString("round", data.RoundCode);
        if (data.SyntheticDataLabel is { } label)
        {
            json.WriteString("syntheticDataLabel", label);
        }

        json.WriteStartArray("answers");
        for (var i = 0; i < data.Answers.Count; i++)
        {
            var a = data.Answers[i];
            json.WriteStartObject();
            json.WriteString("country", a.Country);
            json.WriteString("instrument", a.Instrument);
            json.WriteString("question", a.Question);
            json.WriteString("value", a.Value);
            json.WriteString("comment", a.Comment);
            json.WriteString("evidence", a.Evidence);
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16)
            {
                await json.FlushAsync(cancellationToken);
                progress?.Report(i + 1);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        progress?.Report(data.Answers.Count);
    }
}
