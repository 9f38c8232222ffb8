using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>
/// Writes an enum member as its lowercase name (<c>BarMode.Stack</c> becomes <c>"stack"</c>), or as the
/// name given by <see cref="JsonStringEnumMemberNameAttribute"/> where plotly spells it otherwise.
/// </summary>
internal sealed class PlotlyEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(LowercaseNamingPolicy.Instance, allowIntegerValues: false)
    where TEnum : struct, Enum;
