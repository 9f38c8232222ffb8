using System.Text.Json;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly.js spells most attributes as one lowercase word: <c>ShowLegend</c> becomes <c>showlegend</c>.</summary>
internal sealed class LowercaseNamingPolicy : JsonNamingPolicy
{
    public static LowercaseNamingPolicy Instance { get; } = new();

    public override string ConvertName(string name) => name.ToLowerInvariant();
}
