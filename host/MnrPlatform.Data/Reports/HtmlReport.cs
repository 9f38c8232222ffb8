using System.Globalization;
using System.Net;
using System.Text;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Reports;

namespace MnrPlatform.Data.Reports;

/// <summary>
/// Writes a <see cref="ReviewReport"/> as one self-contained, print-ready HTML page: inline CSS with
/// <c>@page</c> rules, a running header repeated on every printed page (with the secretariat banner
/// and the synthetic-data label when they apply), each domain on a new page, numbered figures drawn
/// as inline SVG with their data tables. No script and nothing fetched, so it prints the same in a
/// browser and through headless Chromium.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        @page { size: A4; margin: 22mm 16mm 18mm 16mm; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1d1d1d; margin: 0 auto; max-width: 820px; padding: 56px 16px 16px; }
        .running { position: fixed; top: 0; left: 0; right: 0; padding: 6px 16px; font-size: 8.5pt; color: #444; background: #fff; border-bottom: 1px solid #bbb; display: flex; justify-content: space-between; gap: 12px; }
        .running .banner { color: #a30000; font-weight: bold; }
        h1 { font-size: 20pt; margin: 0 0 8px; color: #12355b; }
        h2, h3, figcaption { break-after: avoid; page-break-after: avoid; }
        h2 { font-size: 15pt; color: #12355b; border-bottom: 2px solid #12355b; padding-bottom: 2px; margin-top: 24px; }
        h3 { font-size: 11.5pt; margin: 14px 0 4px; }
        .notice { border: 2px solid #a30000; color: #a30000; padding: 6px 10px; font-weight: bold; margin: 8px 0; }
        .label { border: 1px solid #8a6d00; background: #fff8dc; padding: 4px 10px; margin: 8px 0; }
        .statement { font-style: italic; border-left: 3px solid #12355b; padding-left: 10px; }
        ul.findings { padding-left: 18px; } ul.findings li { margin-bottom: 6px; } .income, .phases { display: block; color: #333; } .lead { font-style: italic; }
        figure { margin: 14px 0; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-weight: bold; margin-bottom: 4px; }
        table { border-collapse: collapse; width: 100%; font-size: 9pt; margin-top: 6px; }
        th, td { border: 1px solid #c8ccd2; padding: 3px 6px; text-align: left; vertical-align: top; }
        td.num, th { white-space: nowrap; } td.num { text-align: right; }
        thead { display: table-header-group; } tr { break-inside: avoid; page-break-inside: avoid; }
        .note { font-size: 8.5pt; color: #444; }
        section.domain, section.annex { break-before: page; page-break-before: always; }
        code { font-size: 8pt; word-break: break-all; }
        .annex td:first-child { width: 22%; }
        @media print { body { padding-top: 0; max-width: none; } .running { display: none; } }
        """;

    // Arabic: a font with Arabic script (Debian's fonts-noto-core; .ci/run installs it), the page mirrored, and
    // the bar charts kept left to right so their geometry holds (Arabic labels still read right to left).
    private const string RightToLeftStyle = """
        body, .running { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", sans-serif; }
        th, td { text-align: right; } td.num { text-align: left; }
        ul.findings { padding-left: 0; padding-right: 18px; }
        .statement { border-left: none; border-right: 3px solid #12355b; padding-left: 0; padding-right: 10px; }
        svg.bars { direction: ltr; }
        """;

    /// <summary>The font family the page's margin boxes name, by language (Arabic needs an Arabic-script font).</summary>
    public static string MarginFont(ReviewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.IsRightToLeft ? "\"Noto Naskh Arabic\", \"Noto Sans Arabic\", sans-serif" : "\"DejaVu Sans\", sans-serif";
    }

    /// <summary>The HTML page of <paramref name="report"/>.</summary>
    public static string Render(ReviewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var culture = report.Culture;
        var html = new StringBuilder();
        var language = ReportWords.IsEnglish(culture) ? "en" : culture.TwoLetterISOLanguageName;
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{language}\"{(report.IsRightToLeft ? " dir=\"rtl\"" : "")}><head><meta charset=\"utf-8\"><title>").Append(E(report.Title)).Append("</title><style>")
            .Append(Style).Append(ReportExampleBoxes.Style).Append(report.IsRightToLeft ? RightToLeftStyle : "").Append(PageRules(report)).Append("</style></head><body>\n");
        html.Append("<header class=\"running\"><span>").Append(E(report.Title)).Append("</span>");
        if (report.Banner is { } banner)
        {
            html.Append("<span class=\"banner\">").Append(E(banner)).Append("</span>");
        }

        if (ReportText.DataLabel(report.Round, culture) is { } data)
        {
            html.Append("<span>").Append(E(data)).Append("</span>");
        }

        html.Append("</header>\n<main>\n<h1>").Append(E(report.Title)).Append("</h1>\n");
        if (report.Banner is { } notice)
        {
            html.Append("<p class=\"notice\">").Append(E(notice)).Append("</p>\n");
        }

        if (ReportText.DataLabel(report.Round, culture) is { } label)
        {
            html.Append("<p class=\"label\">").Append(E(label)).Append("</p>\n");
        }

        html.Append("<section class=\"intro\"><h2>").Append(E(ReportWords.Get("Heading.Introduction", culture))).Append("</h2>\n");
        foreach (var paragraph in ReportText.Introduction(report))
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }

        html.Append("<ul>");
        foreach (var instrument in report.Method.Instruments)
        {
            html.Append("<li>").Append(E(ReportText.Instrument(instrument, culture))).Append("</li>");
        }

        html.Append("</ul>\n<p class=\"statement\">").Append(E(ReportWords.Get("NonEvaluation", culture))).Append("</p>\n<p>")
            .Append(E(report.Method.Disclosure)).Append("</p>\n");
        html.Append("<h2>").Append(E(ReportWords.Get("Heading.Snapshot", culture))).Append("</h2>\n");
        Figure(html, report.Snapshot, culture);
        html.Append("</section>\n");

        var number = 0;
        foreach (var domain in report.Domains)
        {
            number++;
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"domain\" id=\"domain-{E(domain.Code)}\"><h2>{number}. {E(domain.Name)}</h2>\n<p class=\"lead\">{E(domain.Description)}</p>\n");
            foreach (var paragraph in domain.Introduction)
            {
                html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
            }

            foreach (var capability in domain.Capabilities)
            {
                html.Append("<h3>").Append(E(capability.Name)).Append("</h3>\n<ul class=\"findings\">");
                foreach (var finding in capability.Findings)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li data-indicator=\"{E(finding.IndicatorId)}\"><strong>{E(finding.IndicatorName)}.</strong> {E(finding.Text)}");
                    if (finding.Phases.Count > 0)
                    {
                        html.Append("<span class=\"phases\">").Append(E(ReportWords.Get("Finding.PhasesLead", culture))).Append(' ')
                            .AppendJoin("; ", finding.Phases.Select(p => $"<span data-indicator=\"{E(p.IndicatorId)}\">{E(p.Text)}</span>")).Append("</span>");
                    }

                    if (finding.IncomeText is { } income)
                    {
                        html.Append("<span class=\"income\">").Append(E(income)).Append("</span>");
                    }

                    html.Append("</li>");
                }

                html.Append("</ul>\n");
                ReportExampleBoxes.Html(html, ReportExampleBoxes.Of(report, domain, capability.Code), culture);
            }

            ReportExampleBoxes.Html(html, ReportExampleBoxes.Remaining(report, domain), culture);

            foreach (var figure in domain.Figures)
            {
                Figure(html, figure, culture);
            }

            html.Append("</section>\n");
        }

        Annex(html, report);
        return html.Append("</main>\n</body></html>\n").ToString();
    }

    // The running header and footer of every printed page, in the page's margin boxes: the title, the
    // secretariat banner, the data label and the page number. On screen the fixed header shows them.
    private static string PageRules(ReviewReport report)
    {
        // A secretariat report's banner takes the whole top margin (it must not be crowded out); otherwise the title does.
        var font = MarginFont(report);
        var rules = new StringBuilder("\n@page { ");
        rules.Append(report.Banner is { } banner
            ? "@top-center { content: " + Css(banner) + "; font-size: 8.5pt; font-weight: bold; color: #a30000; font-family: " + font + "; } "
            : "@top-left { content: " + Css(report.Title) + "; font-size: 8pt; color: #444; font-family: " + font + "; } ");

        if (ReportText.DataLabel(report.Round, report.Culture) is { } label)
        {
            rules.Append("@bottom-left { content: ").Append(Css(label)).Append("; font-size: 7.5pt; color: #6b5400; font-family: ").Append(font).Append("; } ");
        }

        return rules.Append("@bottom-right { content: ").Append(PageCounter(report.Culture)).Append("; font-size: 8pt; color: #444; font-family: ").Append(font).Append("; } }\n").ToString();
    }

    // "Page {0} of {1}" as CSS content: "Page " counter(page) " of " counter(pages).
    private static string PageCounter(CultureInfo culture)
    {
        var words = ReportWords.Get("Page", culture);
        var page = words.IndexOf("{0}", StringComparison.Ordinal);
        var pages = words.IndexOf("{1}", StringComparison.Ordinal);
        var content = new StringBuilder();
        content.Append(Css(words[..page])).Append(" counter(page) ").Append(Css(words[(page + 3)..pages])).Append(" counter(pages)");
        return words.Length > pages + 3 ? content.Append(' ').Append(Css(words[(pages + 3)..])).ToString() : content.ToString();
    }

    // A CSS string literal; '<' is escaped too, so the text cannot close the style element.
    private static string Css(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("<", "\\3c ", StringComparison.Ordinal).ReplaceLineEndings(" ") + "\"";

    private static void Figure(StringBuilder html, ReportFigure figure, CultureInfo culture)
    {
        var caption = ReportWords.Format("Figure.Caption", culture, figure.Number, figure.Title);
        html.Append(CultureInfo.InvariantCulture, $"<figure id=\"figure-{figure.Number}\"><figcaption>{E(caption)}</figcaption>");
        html.Append(SvgBars.Render([.. figure.Rows.Select(r => new SvgBar(r.Label, r.Group.IsPublished ? r.Group.Value : null, ReportText.Bar(r, culture)))], caption));
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{Word("Column.Indicator", culture)}</th><th>{Word("Column.PerCent", culture)}</th><th>{Word("Column.Counts", culture)}</th></tr></thead><tbody>");
        foreach (var row in figure.Rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(row.Label)}</td><td class=\"num\">{(row.Group.IsPublished ? E(FindingText.Value(row.Group, culture)) : Word("Withheld", culture))}</td><td class=\"num\">{E(FindingText.Counts(row.Group, culture))}</td></tr>");
        }

        html.Append("</tbody></table><p class=\"note\">").Append(E(figure.Note)).Append("</p></figure>\n");
    }

    private static void Annex(StringBuilder html, ReviewReport report)
    {
        var culture = report.Culture;
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"annex\"><h2>{Word("Heading.Annex", culture)}</h2>\n<p>{Word("Annex.Lead", culture)}</p>\n");
        html.Append("<table><thead><tr>").AppendJoin(string.Empty, AnnexColumns.Select(c => $"<th>{Word(c, culture)}</th>")).Append("</tr></thead><tbody>");
        foreach (var row in report.Annex)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(row.Name)}<br><code>{E(row.IndicatorId)}</code></td><td>{E(row.Computation)}</td><td>{E(row.DenominatorRule)}</td><td>{E(row.Instruments)}</td><td>{E(row.Suppression)}</td></tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static readonly string[] AnnexColumns = ["Column.Indicator", "Column.Formula", "Column.Denominator", "Column.Instruments", "Column.Suppression"];

    private static string Word(string key, CultureInfo culture) => E(ReportWords.Get(key, culture));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
