using System.Text.Json;
using AngleSharp.Html.Parser;
using Bunit;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Charts;
using MnrPlatform.Host.Components.Charts;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>ChartCard (used by the overview, domain pages, country profile and map): a figure always comes with its table, notes and CSV link.</summary>
public sealed class ChartCardTests : MudComponentTest
{
    private static ChartView View(string? figure) => new(
        "test.chart",
        "Test chart · 2021 review",
        "What the chart shows.",
        figure,
        "Bars of two capabilities.",
        new ChartTable("Capability", [new ChartColumn("percent", "Per cent"), new ChartColumn("count", "Countries (n of N)")], [new ChartRow("a.in-place", "Alpha", ["76", "32 of 42"]), new ChartRow("b.in-place", "Beta", ["50", "suppressed (small group)"])]),
        "No answers yet.",
        "charts/test.chart/table.csv?round=2021-review",
        ["Cells counting fewer than 5 countries are suppressed."]);

    [Fact]
    public void A_figure_is_drawn_by_mnr_plot_beside_its_table_notes_and_csv_link()
    {
        var card = Render<ChartCard>(p => p.Add(c => c.View, View("{\"data\":[]}")).Add(c => c.TestId, "snapshot").Add(c => c.SyntheticDataLabel, "synthetic demo data"));

        var plot = card.Find("[data-testid=snapshot][data-chart='test.chart'] mnr-plot");
        Assert.Equal("{\"data\":[]}", plot.GetAttribute("data-plotly"));
        Assert.Equal("test.chart", plot.GetAttribute("data-chart-name"));
        // A figure, not an image: plotly puts its (interactive) toolbar inside it.
        Assert.Equal("figure", plot.GetAttribute("role"));
        Assert.Equal(["Alpha", "Beta"], card.FindAll("[data-testid=chart-table] tbody th").Select(th => th.TextContent));
        Assert.Equal("32 of 42", card.Find("tr[data-indicator='a.in-place'] [data-cell=count]").TextContent);
        Assert.Equal("Cells counting fewer than 5 countries are suppressed.", card.Find("[data-testid=chart-note]").TextContent.Trim());
        var csv = card.Find("[data-testid=chart-csv]");
        Assert.Equal("charts/test.chart/table.csv?round=2021-review", csv.GetAttribute("href"));
        Assert.True(csv.HasAttribute("download"));
        Assert.Contains("synthetic demo data", card.Find("[data-testid=synthetic-label]").TextContent, StringComparison.Ordinal);
        Assert.Empty(card.FindAll("[data-testid=chart-empty]"));
    }

    [Fact]
    public void Without_a_figure_the_card_says_why_and_draws_nothing()
    {
        var card = Render<ChartCard>(p => p.Add(c => c.View, View(null)));

        Assert.Equal("No answers yet.", card.Find("[data-testid=chart-empty]").TextContent.Trim());
        Assert.Empty(card.FindAll("mnr-plot"));
        Assert.Empty(card.FindAll("[data-testid=chart-table]"));
    }

    [Fact]
    public void The_table_is_folded_unless_the_page_opens_it()
    {
        var folded = Render<ChartCard>(p => p.Add(c => c.View, View("{}")));
        var open = Render<ChartCard>(p => p.Add(c => c.View, View("{}")).Add(c => c.TableOpen, true));

        Assert.False(folded.Find("details.chart-table").HasAttribute("open"));
        Assert.True(open.Find("details.chart-table").HasAttribute("open"));
    }

    [Fact]
    public void A_failed_plugin_visualization_shows_an_error_card_and_keeps_the_hosts_table()
    {
        var fault = new MnrPlatform.Core.Plugins.PluginFault("p", "drawing visualization test.chart", "InvalidOperationException: boom", DateTimeOffset.UnixEpoch);
        var card = Render<ChartCard>(p => p.Add(c => c.View, View(null) with { Fault = fault }));

        Assert.Contains("the plugin failed", card.Find("[data-testid=chart-fault]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Plugins page", card.Find("[data-testid=chart-fault]").TextContent, StringComparison.Ordinal);
        Assert.Empty(card.FindAll("mnr-plot"));
        Assert.Empty(card.FindAll("[data-testid=chart-empty]"));
        Assert.Equal(["Alpha", "Beta"], card.FindAll("[data-testid=chart-table] tbody th").Select(th => th.TextContent));
    }

    [Fact]
    public void A_label_with_quotes_ampersands_and_a_script_end_stays_inside_the_plots_attribute()
    {
        const string label = "Say \"yes\" & <b>no</b></script><script>alert(1)</script>";
        var json = FigureJson.Serialize(ShareFigures.StackedShares([new ShareRow(label, new ShownGroup("all", "All", 40, 42, 4000m / 42, Suppression.None))]));

        var card = Render<ChartCard>(p => p.Add(c => c.View, View(json)));

        // The markup as the page sends it: nothing of the label escapes the attribute or adds an element.
        Assert.DoesNotContain("</script>", card.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", card.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", card.Markup, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(card.Markup);
        var plot = Assert.Single(page.QuerySelectorAll("mnr-plot"));
        Assert.Empty(page.QuerySelectorAll("script, b"));
        // What charts.js reads back is the figure as built, and the label as written.
        Assert.Equal(json, plot.GetAttribute("data-plotly"));
        Assert.Equal(label, JsonDocument.Parse(plot.GetAttribute("data-plotly")!).RootElement.GetProperty("data")[0].GetProperty("y")[0].GetString());
    }
}
