using System.Text.Json;
using System.Text.Json.Serialization;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>Reads the JSON form (<see cref="JsonAnswerFile"/>); a row is an answer's number in "answers".</summary>
internal static class JsonAnswerReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 8,
    };

    public static void Read(ReadOnlySpan<byte> bytes, string fileName, ParsedFile file, ProblemList problems)
    {
        var fileLocation = new TransferLocation(fileName);
        if (FileSniffer.CheckText(bytes) is { } bad)
        {
            problems.Add(fileLocation with { Row = bad.Line, RowWord = "line" }, bad.Reason);
            return;
        }

        JsonAnswerFile? content;
        try
        {
            content = JsonSerializer.Deserialize<JsonAnswerFile>(bytes.StartsWith(FileSniffer.Utf8Bom) ? bytes[3..] : bytes, Options);
        }
        catch (JsonException e)
        {
            problems.Add(fileLocation with { Row = (int)Math.Min(int.MaxValue, (e.LineNumber ?? 0) + 1), Column = e.Path, RowWord = "line" }, $"not a JSON file of answers: {Reason(e)}");
            return;
        }

        if (content?.Answers is null || content.Round is null)
        {
            problems.Add(fileLocation, "not a JSON file of answers: it needs an object with \"round\" and an \"answers\" array");
            return;
        }

        file.DeclaredRounds.Add((content.Round, fileLocation with { Column = "round" }));
        var labels = new ColumnLabels();
        for (var i = 0; i < content.Answers.Count; i++)
        {
            var location = new TransferLocation(fileName, Row: i + 1, RowWord: "answer");
            if (content.Answers[i] is not { } answer)
            {
                problems.Add(location, "the answer is null, not an object");
                continue;
            }

            var missing = new (string Name, string? Value)[] { ("country", answer.Country), ("instrument", answer.Instrument), ("question", answer.Question) }
                .Where(f => f.Value is null).Select(f => f.Name).ToList();
            if (missing.Count > 0)
            {
                problems.Add(location, $"the answer lacks {string.Join(", ", missing)}");
                continue;
            }

            file.Add(new TransferRow(location, labels, null, answer.Country!, answer.Instrument!, answer.Question!, answer.Value ?? "", Empty(answer.Comment), Empty(answer.Evidence)));
        }
    }

    private static string? Empty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    // JsonException messages end with " Path: … | LineNumber: … | BytePositionInLine: …": the location says that.
    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
