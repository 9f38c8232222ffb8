using Newtonsoft.Json;
using Plotly.NET;

namespace MnrPlatform.Sdk.Charts;

/// <summary>
/// A Plotly.NET chart as the figure JSON the host's pages draw:
/// <c>{"data":[…],"layout":{…},"config":{…}}</c>, compact, in the order the attributes were set
/// (so the same chart always gives the same text). The conformance kit checks plugin figures with
/// this same serializer.
/// </summary>
/// <remarks>
/// HTML-sensitive characters in strings (<c>&lt; &gt; &amp; ' "</c>) are written as <c>\uXXXX</c>, so a
/// label such as <c>&lt;/script&gt;</c> cannot end an element the JSON is written into; pages still
/// HTML-encode the attribute that carries it.
/// </remarks>
public static class FigureJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        Formatting = Formatting.None,
        StringEscapeHandling = StringEscapeHandling.EscapeHtml,
        NullValueHandling = NullValueHandling.Ignore,
    };

    /// <summary>Serialises <paramref name="chart"/>'s traces, layout and config.</summary>
    /// <param name="chart">A Plotly.NET chart (a single or combined chart).</param>
    public static string Serialize(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var figure = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["data"] = GenericChart.getTraces(chart),
            ["layout"] = GenericChart.getLayout(chart),
            ["config"] = GenericChart.getConfig(chart),
        };
        return JsonConvert.SerializeObject(figure, Settings);
    }
}
