using System.Text.Json;

namespace MnrPlatform.Sdk.Figures;

/// <summary>plotly.js spells most attributes as one lowercase word: <c>ShowLegend</c> becomes <c>showlegend</c>.</summary>
internal sealed class LowercaseNamingPolicy : JsonNamingPolicy
{
    public static LowercaseNamingPolicy Instance { get; } = new();

    public override string ConvertName(string name) => name.ToLowerInvariant();
}
