using MnrPlatform.Core.Charts;

namespace MnrPlatform.Core.Tests.Charts;

public sealed class SvgBarsTests
{
    [Fact]
    public void Bars_are_drawn_to_scale_a_withheld_row_has_no_bar_and_text_is_escaped()
    {
        var svg = SvgBars.Render(
            [new SvgBar("Leadership <b>", 50m, "50% (21 of 42)"), new SvgBar("Hotline", null, "withheld")],
            "Figure 1. Snapshot");

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "<rect "));
        Assert.Contains("width=\"140\"", svg, StringComparison.Ordinal);
        Assert.Contains("Leadership &lt;b&gt;", svg, StringComparison.Ordinal);
        Assert.Contains(">withheld<", svg, StringComparison.Ordinal);
        Assert.Contains("<title>Figure 1. Snapshot</title>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_label_is_cut_before_its_qualifier()
    {
        var svg = SvgBars.Render([new SvgBar("Internet service providers required by law to report child sexual abuse material: high income", 53m, "53% (8 of 15)")], "t");

        Assert.Contains("…: high income</text>", svg, StringComparison.Ordinal);
    }
}
