using System.Text.Json.Serialization;

namespace MnrPlatform.Sdk.Figures;

/// <summary>plotly <c>layout.barmode</c>: how bars at the same location are drawn.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<BarMode>))]
public enum BarMode
{
    /// <summary><c>"group"</c>: side by side.</summary>
    Group,

    /// <summary><c>"stack"</c>: stacked on top of each other.</summary>
    Stack,

    /// <summary><c>"relative"</c>: stacked, negatives below the axis and positives above.</summary>
    Relative,

    /// <summary><c>"overlay"</c>: on top of one another.</summary>
    Overlay,
}
