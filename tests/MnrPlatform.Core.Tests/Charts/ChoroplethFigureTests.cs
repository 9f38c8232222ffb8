using System.Text.Json;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Charts;

namespace MnrPlatform.Core.Tests.Charts;

public sealed class ChoroplethFigureTests
{
    private static readonly string[] PhaseNames = ["Phase 1 · Building", "Phase 2", "Phase 3", "Phase 4 · Maturity"];

    [Fact]
    public void An_indicator_map_draws_one_iso3_trace_per_category_in_the_legends_order()
    {
        MapCountry[] countries =
        [
            new("KEN", "Kenya", ChoroplethFigure.Of(IndicatorStanding.NotCounted)),
            new("GHA", "Ghana", ChoroplethFigure.Of(IndicatorStanding.Counted)),
            new("ALB", "Albania", ChoroplethFigure.Of(IndicatorStanding.Counted)),
        ];

        var figure = JsonDocument.Parse(FigureJson.Serialize(ChoroplethFigure.Of(ChoroplethFigure.StandingLegend, countries))).RootElement;

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        // "No answer" has no country here, so it has no trace and no legend entry.
        Assert.Equal(["Counted", "Not counted"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(traces, t =>
        {
            Assert.Equal("choropleth", t.GetProperty("type").GetString());
            Assert.Equal("ISO-3", t.GetProperty("locationmode").GetString());
            Assert.True(t.GetProperty("showlegend").GetBoolean());
            Assert.False(t.GetProperty("showscale").GetBoolean());
        });
        Assert.Equal(["GHA", "ALB"], traces[0].GetProperty("locations").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["Ghana", "Albania"], traces[0].GetProperty("text").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("Counted", traces[0].GetProperty("hovertemplate").GetString(), StringComparison.Ordinal);
        Assert.Contains("%{text}", traces[0].GetProperty("hovertemplate").GetString(), StringComparison.Ordinal);
        // A single colour per trace: the scale is that colour at both ends.
        var scale = traces[0].GetProperty("colorscale").EnumerateArray().Select(s => s[1].GetString()).Distinct();
        Assert.Equal([ChoroplethFigure.Counted.Color], scale);
    }

    [Fact]
    public void The_map_uses_the_topology_the_host_serves_and_leaves_the_page_scroll_alone()
    {
        var figure = JsonDocument.Parse(FigureJson.Serialize(ChoroplethFigure.Of(ChoroplethFigure.StandingLegend, [new("KEN", "Kenya", ChoroplethFigure.Counted)]))).RootElement;

        var geo = figure.GetProperty("layout").GetProperty("geo");
        Assert.Equal(50, geo.GetProperty("resolution").GetInt32());
        Assert.Equal("natural earth", geo.GetProperty("projection").GetProperty("type").GetString());
        // The whole world, not fitted to the countries drawn.
        Assert.Equal(1, geo.GetProperty("projection").GetProperty("scale").GetDouble());
        Assert.False(figure.GetProperty("config").GetProperty("scrollZoom").GetBoolean());
        Assert.Equal("h", figure.GetProperty("layout").GetProperty("legend").GetProperty("orientation").GetString());
    }

    [Fact]
    public void A_phase_map_names_the_four_phases_on_a_sequential_scale_then_no_answer()
    {
        var legend = ChoroplethFigure.PhaseLegend(PhaseNames);

        Assert.Equal([.. PhaseNames, "No answer"], legend.Select(c => c.Label));
        Assert.Equal(5, legend.Select(c => c.Color).Distinct().Count());
        // Sequential: each phase darker than the one before.
        var lightness = legend.Take(4).Select(c => Convert.ToInt32(c.Color[1..3], 16) + Convert.ToInt32(c.Color[3..5], 16) + Convert.ToInt32(c.Color[5..7], 16)).ToList();
        Assert.Equal(lightness.OrderDescending(), lightness);
        Assert.Throws<ArgumentException>(() => ChoroplethFigure.PhaseLegend(["one", "two"]));
    }

    [Fact]
    public void A_country_in_a_category_outside_the_legend_is_refused()
    {
        var stray = new MapCountry("KEN", "Kenya", new MapCategory("Elsewhere", "#000000"));

        Assert.Throws<ArgumentException>(() => ChoroplethFigure.Of(ChoroplethFigure.StandingLegend, [stray]));
    }
}
