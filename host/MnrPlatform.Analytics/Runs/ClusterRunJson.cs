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

    /// <summary>The run as canonical UTF-8 JSON bytes.</summary>
    /// <param name="run">The run.</param>
    public static byte[] Serialize(ClusterRun run) => JsonSerializer.SerializeToUtf8Bytes(run, Options);

    /// <summary>Reads a run written by <see cref="Serialize"/>; throws <see cref="InvalidDataException"/> when it is not one.</summary>
    /// <param name="json">The canonical JSON bytes.</param>
    public static ClusterRun Deserialize(byte[] json) => throw new NotImplementedException();

    private sealed class RoundedDoubleConverter : JsonConverter<double>
    {
        private static readonly string Format = "0." + new string('#', Digits);

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

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
