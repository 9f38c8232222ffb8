using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MnrPlatform.Analytics.Runs;

/// <summary>
/// The canonical JSON form of a run: UTF-8, camelCase properties in declaration order, lists in the
/// run's own (unit-code or cluster-id) order, enums as strings, "\n" line ends, and every double
/// written with at most <see cref="Digits"/> decimals in invariant culture (never an exponent, never
/// "-0"; NaN and infinities as null). Two runs on the same inputs give the same bytes.
/// </summary>
public static class ClusterRunJson
{
    /// <summary>The number of decimals doubles are rounded to.</summary>
    public const int Digits = 6;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Converters = { new RoundedDoubleConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    // Reading also insists on every constructor property and on non-null where the record says so:
    // a stored run missing a part is refused rather than read with nulls in it.
    private static readonly JsonSerializerOptions ReadOptions = new(Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The run as canonical UTF-8 JSON bytes.</summary>
    /// <param name="run">The run.</param>
    public static byte[] Serialize(ClusterRun run) => JsonSerializer.SerializeToUtf8Bytes(run, Options);

    /// <summary>Reads a run written by <see cref="Serialize"/>; throws <see cref="InvalidDataException"/> when it is not one.</summary>
    /// <param name="json">The canonical JSON bytes.</param>
    public static ClusterRun Deserialize(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<ClusterRun>(json, ReadOptions)
                ?? throw new InvalidDataException("The cluster run record is empty (JSON null).");
        }
        catch (JsonException error)
        {
            var where = error.Path is null ? "" : $" at {error.Path} (line {error.LineNumber + 1})";
            throw new InvalidDataException($"The cluster run record is not a run written by ClusterRunJson{where}: {error.Message}", error);
        }
    }

    private sealed class RoundedDoubleConverter : JsonConverter<double>
    {
        private static readonly string Format = "0." + new string('#', Digits);

        // NaN and infinities were written as null; they read back as NaN, which writes as null again.
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (!double.IsFinite(value))
            {
                writer.WriteNullValue();
                return;
            }

            var text = value.ToString(Format, CultureInfo.InvariantCulture);
            writer.WriteRawValue(text == "-0" ? "0" : text, skipInputValidation: true);
        }
    }
}
