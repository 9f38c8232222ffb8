using System.Text.Json;
using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>Writes a <see cref="Colorscale"/> as its name or as <c>[[stop, color], …]</c>.</summary>
internal sealed class ColorscaleConverter : JsonConverter<Colorscale>
{
    public override Colorscale Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Colorscale.Named(reader.GetString()!);
        }

        var pairs = JsonSerializer.Deserialize<JsonElement[][]>(ref reader, options)
            ?? throw new JsonException("A colorscale is a name or an array of [stop, color] pairs.");
        return Colorscale.Create(pairs.Select(p => (p[0].GetDouble(), p[1].GetString()!)).ToArray());
    }

    public override void Write(Utf8JsonWriter writer, Colorscale value, JsonSerializerOptions options)
    {
        if (value.Name is { } name)
        {
            writer.WriteStringValue(name);
            return;
        }

        writer.WriteStartArray();
        foreach (var (stop, color) in value.Stops)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(stop);
            writer.WriteStringValue(color);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}
