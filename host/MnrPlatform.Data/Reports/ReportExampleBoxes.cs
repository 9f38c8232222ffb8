using System.Globalization;
using System.Net;
using System.Text;

namespace MnrPlatform.Data.Reports;

/// <summary>
/// Where a report's example boxes go and how HTML and Markdown draw them: after the findings of
/// their capability, or at the end of their domain's text when the capability has no findings.
/// </summary>
public static class ReportExampleBoxes
{
    /// <summary>The CSS of a box in the HTML page (and so in the PDF).</summary>
    public const string Style = """
        aside.example-box { border: 1px solid #12355b; border-left-width: 5px; background: #f3f6fa; padding: 6px 12px; margin: 10px 0 14px; break-inside: avoid; page-break-inside: avoid; }
        aside.example-box h4 { margin: 0 0 2px; font-size: 10.5pt; color: #12355b; } aside.example-box .source { font-size: 9pt; color: #444; margin: 0 0 4px; } aside.example-box p { margin: 3px 0; }
        """;

    /// <summary>The boxes of <paramref name="capabilityCode"/> in <paramref name="domain"/>.</summary>
    public static IEnumerable<ReportExampleBox> Of(ReviewReport report, DomainSection domain, string capabilityCode)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(domain);
        return report.Examples.Where(e => e.DomainCode == domain.Code && e.CapabilityCode == capabilityCode);
    }

    /// <summary>The boxes of <paramref name="domain"/> whose capability has no findings section.</summary>
    public static IEnumerable<ReportExampleBox> Remaining(ReviewReport report, DomainSection domain)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(domain);
        var sections = domain.Capabilities.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        return report.Examples.Where(e => e.DomainCode == domain.Code && !sections.Contains(e.CapabilityCode));
    }

    /// <summary>Appends <paramref name="boxes"/> as HTML asides, their labels in <paramref name="culture"/> (English when null).</summary>
    public static void Html(StringBuilder html, IEnumerable<ReportExampleBox> boxes, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(boxes);
        culture ??= CultureInfo.InvariantCulture;
        foreach (var box in boxes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<aside class=\"example-box\" data-example=\"{box.ExampleId}\"><h4>{E(Heading(box, culture))}</h4><p class=\"source\">{E(SourceLine(box, culture))} · {E(box.CapabilityName)}</p>");
            foreach (var (label, text) in Parts(box, culture))
            {
                html.Append("<p><strong>").Append(E(label)).Append(":</strong> ").Append(E(text)).Append("</p>");
            }

            html.Append("</aside>\n");
        }
    }

    /// <summary>Appends <paramref name="boxes"/> as Markdown block quotes, their labels in <paramref name="culture"/> (English when null).</summary>
    public static void Markdown(StringBuilder md, IEnumerable<ReportExampleBox> boxes, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(boxes);
        culture ??= CultureInfo.InvariantCulture;
        foreach (var box in boxes)
        {
            md.Append("> **").Append(Line(Heading(box, culture))).Append(CultureInfo.InvariantCulture, $"** <!-- example: {box.ExampleId} -->").AppendLine();
            md.AppendLine(">").Append("> *").Append(Line(SourceLine(box, culture))).Append(" · ").Append(Line(box.CapabilityName)).AppendLine("*");
            foreach (var (label, text) in Parts(box, culture))
            {
                md.AppendLine(">").Append("> **").Append(label).Append(":** ").AppendLine(Line(text));
            }

            md.AppendLine();
        }
    }

    private static string Heading(ReportExampleBox box, CultureInfo culture) => ReportWords.Format("Example.Heading", culture, box.Title);

    private static string SourceLine(ReportExampleBox box, CultureInfo culture) =>
        ReportWords.Format(box.Named ? "Example.Named" : "Example.Anonymised", culture, box.Source);

    private static IEnumerable<(string Label, string Text)> Parts(ReportExampleBox box, CultureInfo culture)
    {
        yield return (ReportWords.Get("Example.WhatWasDone", culture), box.WhatWasDone);
        if (!string.IsNullOrWhiteSpace(box.Results))
        {
            yield return (ReportWords.Get("Example.Results", culture), box.Results);
        }

        if (!string.IsNullOrWhiteSpace(box.Lessons))
        {
            yield return (ReportWords.Get("Example.Lessons", culture), box.Lessons);
        }

        if (box.PhaseReached is { } phase)
        {
            yield return (ReportWords.Get("Example.PhaseReached", culture), phase.ToString(culture));
        }
    }

    // A quoted Markdown line: no line break can end the quote, and no HTML comment or tag opens.
    private static string Line(string text) =>
        string.Join(' ', text.ReplaceLineEndings(" ").Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
