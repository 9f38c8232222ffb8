using System.Text.Json;
using System.Text.Json.Serialization;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// The JSON form: <c>{"format": "mnr-answers/1", "round": "…", "syntheticDataLabel": "…" (only for
/// synthetic data), "answers": [{"country", "instrument", "question", "value", "comment", "evidence"}]}</c>.
/// Unknown properties are refused; <c>value</c> may be a JSON number (a phase, a count).
/// </summary>
internal sealed class JsonAnswerFile
{
    /// <summary>The format marker written on export; optional on import.</summary>
    public const string FormatMarker = "mnr-answers/1";

    [JsonPropertyName("format")]
    public string? Format { get; set; }

    [JsonPropertyName("round")]
    public string? Round { get; set; }

    [JsonPropertyName("syntheticDataLabel")]
    public string? SyntheticDataLabel { get; set; }

    [JsonPropertyName("answers")]
    public List<JsonAnswer?>? Answers { get; set; }
}

/// <summary>One answer of <see cref="JsonAnswerFile"/>.</summary>
internal sealed class JsonAnswer
{
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    [JsonPropertyName("instrument")]
    public string? Instrument { get; set; }

    [JsonPropertyName("question")]
    public string? Question { get; set; }

    [JsonPropertyName("value")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Value { get; set; }

    [JsonPropertyName("comment")]
    public string? Comment { get; set; }

    [JsonPropertyName("evidence")]
    public string? Evidence { get; set; }
}

/// <summary>Reads a JSON string, or a number as its text; writes a string.</summary>
internal sealed class StringOrNumberConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"a value must be a string or a number, not {reader.TokenType}"),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
