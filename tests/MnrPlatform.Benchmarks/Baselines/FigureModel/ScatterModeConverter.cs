using System.Text.Json;
using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>Writes <see cref="ScatterMode"/> flags as plotly's <c>"lines+markers+text"</c> or <c>"none"</c>.</summary>
internal sealed class ScatterModeConverter : JsonConverter<ScatterMode>
{
    private static readonly (ScatterMode Flag, string Name)[] Flags =
        [(ScatterMode.Lines, "lines"), (ScatterMode.Markers, "markers"), (ScatterMode.Text, "text")];

    public override ScatterMode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var mode = ScatterMode.None;
        foreach (var part in (reader.GetString() ?? "none").Split('+'))
        {
            if (part != "none")
            {
                mode |= Flags.FirstOrDefault(f => f.Name == part) is { Name: not null } known
                    ? known.Flag
                    : throw new JsonException($"Unknown scatter mode '{part}'.");
            }
        }

        return mode;
    }

    public override void Write(Utf8JsonWriter writer, ScatterMode value, JsonSerializerOptions options)
    {
        var names = Flags.Where(f => value.HasFlag(f.Flag)).Select(f => f.Name).ToList();
        writer.WriteStringValue(names.Count == 0 ? "none" : string.Join('+', names));
    }
}
