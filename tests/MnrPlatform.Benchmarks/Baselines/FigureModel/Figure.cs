// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>
/// A plotly figure: what a client script passes to <c>Plotly.newPlot(el, fig.data, fig.layout, fig.config)</c>.
/// </summary>
/// <example>
/// <code>
/// var json = new Figure
/// {
///     Data = [new BarTrace { Name = "2024", X = ["DE", "FR"], Y = [3.1, 2.4] }],
///     Layout = new Layout { Title = "Emissions", BarMode = BarMode.Stack },
/// }.ToJson();
/// </code>
/// </example>
public sealed record Figure
{
    /// <summary>plotly <c>data</c>: the traces, drawn in order.</summary>
    public IReadOnlyList<Trace> Data { get; init; } = [];

    /// <summary>plotly <c>layout</c>.</summary>
    public Layout? Layout { get; init; }

    /// <summary>plotly <c>config</c>.</summary>
    public Config? Config { get; init; }

    /// <summary>The figure as compact plotly.js JSON (<c>{"data":[…],"layout":{…},"config":{…}}</c>).</summary>
    public string ToJson() => PlotlyJson.Serialize(this);
}
