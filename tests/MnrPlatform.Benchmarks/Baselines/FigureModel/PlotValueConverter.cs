using System.Text.Json;
using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>Writes a <see cref="PlotValue"/> as a JSON number, string or null.</summary>
internal sealed class PlotValueConverter : JsonConverter<PlotValue>
{
    public override PlotValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => reader.GetDouble(),
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => default,
            _ => throw new JsonException($"A plot value is a number, a string or null, not {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, PlotValue value, JsonSerializerOptions options)
    {
        if (value.Number is { } number && double.IsFinite(number))
        {
            writer.WriteNumberValue(number);
        }
        else if (value.Text is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
