using System.Text.Json;
using MnrPlatform.Core.Charts;
using MnrPlatform.Sdk.Charts;

namespace MnrPlatform.Core.Tests.Charts;

public sealed class PhaseRadarFigureTests
{
    private static List<JsonElement> Numbers(JsonElement array) => [.. array.EnumerateArray()];

    [Fact]
    public void The_radar_draws_the_country_and_the_income_group_median_as_closed_polygons_on_four_phase_rings()
    {
        RadarSpoke[] spokes =
        [
            new("Leadership", 2, 2.5),
            new("Compensation, remedies and complaints arrangements", 4, null),
            new("Child helpline", null, 3),
        ];

        var figure = JsonDocument.Parse(FigureJson.Serialize(PhaseRadarFigure.Build("Kenya", spokes))).RootElement;

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["Kenya", PhaseRadarFigure.MedianName], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(traces, t => Assert.Equal("scatterpolar", t.GetProperty("type").GetString()));
        var country = Numbers(traces[0].GetProperty("r"));
        var median = Numbers(traces[1].GetProperty("r"));
        // The first spoke repeats at the end to close the polygon; a missing phase or hidden median is a gap.
        Assert.Equal([2.0, 4.0], country.Take(2).Select(x => x.GetDouble()));
        Assert.Equal(JsonValueKind.Null, country[2].ValueKind);
        Assert.Equal(2.0, country[3].GetDouble());
        Assert.Equal(2.5, median[0].GetDouble());
        Assert.Equal(JsonValueKind.Null, median[1].ValueKind);
        Assert.Equal(3.0, median[2].GetDouble());
        var theta = traces[0].GetProperty("theta").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Equal(4, theta.Count);
        Assert.Equal(theta[0], theta[3]);
        Assert.Equal("Compensation,<br>remedies and<br>complaints<br>arrangements", theta[1]);
        Assert.Equal(1.0, figure.GetProperty("layout").GetProperty("polar").GetProperty("radialaxis").GetProperty("dtick").GetDouble());
        Assert.Equal("toself", traces[0].GetProperty("fill").GetString());
        Assert.Equal("dash", traces[1].GetProperty("line").GetProperty("dash").GetString());
        var radial = figure.GetProperty("layout").GetProperty("polar").GetProperty("radialaxis");
        Assert.Equal([0.0, 4.0], radial.GetProperty("range").EnumerateArray().Select(x => x.GetDouble()));
    }

    [Fact]
    public void A_radar_without_capabilities_is_refused() =>
        Assert.Throws<ArgumentException>(() => PhaseRadarFigure.Build("Kenya", []));

    [Fact]
    public void The_history_heatmap_puts_the_first_capability_on_top_and_rounds_in_order()
    {
        var figure = JsonDocument.Parse(FigureJson.Serialize(PhaseHistoryFigure.Build(["2023", "2026"], ["Leadership", "Legislation"], [[2, 3], [1, null]]))).RootElement;

        var trace = figure.GetProperty("data")[0];
        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal((1.0, 4.0), (trace.GetProperty("zmin").GetDouble(), trace.GetProperty("zmax").GetDouble()));
        Assert.Equal(JsonValueKind.Null, trace.GetProperty("z")[1][1].ValueKind);
        var layout = figure.GetProperty("layout");
        Assert.Equal(["Legislation", "Leadership"], layout.GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["2023", "2026"], layout.GetProperty("xaxis").GetProperty("categoryarray").EnumerateArray().Select(x => x.GetString()));
    }
}
