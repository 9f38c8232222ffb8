using System.Globalization;
using System.Net;
using System.Text;

namespace MnrPlatform.Core.Charts;

/// <summary>One bar of <see cref="SvgBars"/>.</summary>
/// <param name="Label">The bar's label.</param>
/// <param name="Percent">Its length, 0 to 100; null when there is no bar (withheld or no answers).</param>
/// <param name="Text">What is written at the bar's end, e.g. "95% (40 of 42)" or "withheld".</param>
public sealed record SvgBar(string Label, decimal? Percent, string Text);

/// <summary>
/// Draws horizontal percentage bars as a static inline SVG: no script, so it shows alike in a browser,
/// in print and in a PDF. Reports place the figure's data table beside it.
/// </summary>
public static class SvgBars
{
    private const int Width = 680;
    private const int LabelWidth = 300;
    private const int BarArea = 280;
    private const int RowHeight = 22;
    private const int Top = 8;

    /// <summary>The SVG element for <paramref name="bars"/>, titled <paramref name="title"/> for assistive technology.</summary>
    public static string Render(IReadOnlyList<SvgBar> bars, string title)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var height = Top + (bars.Count * RowHeight) + 24;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bars\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{Encode(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        for (var tick = 0; tick <= 100; tick += 25)
        {
            var x = LabelWidth + (BarArea * tick / 100m);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Top}\" x2=\"{x}\" y2=\"{height - 20}\" stroke=\"#d0d4da\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{height - 6}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">{tick}%</text>");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + (i * RowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" font-size=\"11\" text-anchor=\"end\" fill=\"#222\">{Encode(Shorten(bar.Label))}</text>");
            var length = bar.Percent is { } p ? BarArea * Math.Clamp(p, 0, 100) / 100m : 0;
            if (bar.Percent is not null)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{length:0.#}\" height=\"{RowHeight - 8}\" fill=\"#1f5fa8\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 4:0.#}\" y=\"{y + 15}\" font-size=\"10\" fill=\"#333\">{Encode(bar.Text)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    // Long labels are cut in their first part, so a qualifier after the last ": " (e.g. "high income") stays readable.
    private static string Shorten(string label)
    {
        const int Max = 48;
        if (label.Length <= Max)
        {
            return label;
        }

        var colon = label.LastIndexOf(": ", StringComparison.Ordinal);
        var suffix = colon > 0 && label.Length - colon < Max / 2 ? label[colon..] : "";
        return string.Concat(label.AsSpan(0, Max - 2 - suffix.Length), "…", suffix);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
