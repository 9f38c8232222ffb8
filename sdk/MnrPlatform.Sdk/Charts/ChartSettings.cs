using Microsoft.FSharp.Core;
using Plotly.NET;

namespace MnrPlatform.Sdk.Charts;

/// <summary>
/// Sets a Plotly.NET chart's layout, config and trace attributes by their plotly.js names, the one
/// way to reach what Plotly.NET's C# API leaves to <c>SetProperty</c>. Each call returns a new chart
/// and leaves the one it was given as it was (Plotly.NET's own combine changes its first argument).
/// </summary>
/// <example>
/// <code>
/// var chart = Chart.Bar&lt;double, string, string&gt;(values: shares, Keys: labels, UseDefaults: false)
///     .WithLayout(l => l.Set("height", 320).Set("xaxis.range", new[] { 0, 100 }))
///     .WithConfig(c => c.Set("displayModeBar", false));
/// </code>
/// </example>
public static class ChartSettings
{
    /// <summary>The chart with its layout changed by <paramref name="set"/> (attributes already there stay unless set again).</summary>
    /// <param name="chart">The chart; not changed.</param>
    /// <param name="set">Sets layout attributes, e.g. <c>l =&gt; l.Set("barmode", "stack")</c>.</param>
    public static GenericChart WithLayout(this GenericChart chart, Action<ChartProperties> set)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(set);
        var layout = Copy(GenericChart.getLayout(chart), new Layout());
        set(new ChartProperties(layout));
        return GenericChart.setLayout(layout, chart);
    }

    /// <summary>The chart with its plotly config (the third argument of <c>Plotly.newPlot</c>) changed by <paramref name="set"/>.</summary>
    /// <param name="chart">The chart; not changed.</param>
    /// <param name="set">Sets config attributes, e.g. <c>c =&gt; c.Set("displayModeBar", false)</c>.</param>
    public static GenericChart WithConfig(this GenericChart chart, Action<ChartProperties> set)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(set);
        var config = Copy(GenericChart.getConfig(chart), new Config());
        set(new ChartProperties(config));
        return GenericChart.setConfig(config, chart);
    }

    /// <summary>
    /// The chart with attributes of its traces changed by <paramref name="set"/>, which receives each
    /// trace's index (in drawing order) and its attributes.
    /// </summary>
    /// <param name="chart">The chart; not changed.</param>
    /// <param name="set">Sets trace attributes, e.g. <c>(i, t) =&gt; t.Set("texttemplate", "%{x:.0f}")</c>.</param>
    public static GenericChart WithTraces(this GenericChart chart, Action<int, ChartProperties> set)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(set);
        var traces = GenericChart.getTraces(chart).Select((trace, i) =>
        {
            var copy = Copy(trace, new Trace(trace.type));
            set(i, new ChartProperties(copy));
            return copy;
        }).ToList();
        var rebuilt = GenericChart.ofTraceObjects(false, traces);
        return GenericChart.setConfig(GenericChart.getConfig(chart), GenericChart.setLayout(GenericChart.getLayout(chart), rebuilt));
    }

    private static T Copy<T>(DynamicObj.DynamicObj source, T target)
        where T : DynamicObj.DynamicObj
    {
        source.DeepCopyPropertiesTo(target, FSharpOption<bool>.None, FSharpOption<bool>.None);
        return target;
    }
}
