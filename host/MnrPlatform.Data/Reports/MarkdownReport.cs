using System.Globalization;
using System.Text;

namespace MnrPlatform.Data.Reports;

/// <summary>
/// Writes a <see cref="ReviewReport"/> as Markdown. Each figure in a finding's text is followed by an
/// HTML comment naming its indicator (<c>&lt;!-- indicator: id --&gt;</c>), so every figure can be traced
/// back to the indicator it was written from.
/// </summary>
public static class MarkdownReport
{
    /// <summary>The Markdown text of <paramref name="report"/>.</summary>
    public static string Render(ReviewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(report.Title).AppendLine();
        if (report.Banner is { } banner)
        {
            md.Append("> **").Append(banner).AppendLine("**").AppendLine();
        }

        if (report.Round.SyntheticDataLabel is { } label)
        {
            md.Append("> Data: ").AppendLine(label).AppendLine();
        }

        md.AppendLine("## Introduction and method").AppendLine();
        foreach (var paragraph in ReportText.Introduction(report))
        {
            md.AppendLine(paragraph).AppendLine();
        }

        foreach (var instrument in report.Method.Instruments)
        {
            md.Append("- ").AppendLine(ReportText.Instrument(instrument));
        }

        md.AppendLine();
        md.Append('*').Append(ReviewReport.NonEvaluationStatement).AppendLine("*").AppendLine();
        md.AppendLine(report.Method.Disclosure).AppendLine();

        md.AppendLine("## Snapshot of capabilities").AppendLine();
        Figure(md, report.Snapshot);

        var number = 0;
        foreach (var domain in report.Domains)
        {
            number++;
            md.AppendLine(CultureInfo.InvariantCulture, $"## {number}. {domain.Name}").AppendLine();
            md.AppendLine(domain.Description).AppendLine();
            foreach (var paragraph in domain.Introduction)
            {
                md.AppendLine(paragraph).AppendLine();
            }

            foreach (var capability in domain.Capabilities)
            {
                md.Append("### ").AppendLine(capability.Name).AppendLine();
                foreach (var finding in capability.Findings)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"- **{finding.IndicatorName}.** {finding.Text} <!-- indicator: {finding.IndicatorId} -->");
                    if (finding.Phases.Count > 0)
                    {
                        md.Append("  ").Append(Finding.PhasesLead).Append(' ')
                            .AppendJoin("; ", finding.Phases.Select(p => $"{p.Text} <!-- indicator: {p.IndicatorId} -->")).AppendLine();
                    }

                    if (finding.IncomeText is { } income)
                    {
                        md.AppendLine(CultureInfo.InvariantCulture, $"  {income} <!-- indicator: {finding.IndicatorId} -->");
                    }
                }

                md.AppendLine();
                ReportExampleBoxes.Markdown(md, ReportExampleBoxes.Of(report, domain, capability.Code));
            }

            ReportExampleBoxes.Markdown(md, ReportExampleBoxes.Remaining(report, domain));
            foreach (var figure in domain.Figures)
            {
                Figure(md, figure);
            }
        }

        md.AppendLine("## Annex: methodology").AppendLine();
        md.AppendLine("| Indicator | Id | Formula | Denominator | Instruments | Suppression |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in report.Annex)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(row.Name)} | `{row.IndicatorId}` | {Cell(row.Computation)} | {Cell(row.DenominatorRule)} | {Cell(row.Instruments)} | {Cell(row.Suppression)} |");
        }

        return md.ToString();
    }

    private static void Figure(StringBuilder md, ReportFigure figure)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"**Figure {figure.Number}. {figure.Title}**").AppendLine();
        md.AppendLine("| Indicator | Per cent | n of N |");
        md.AppendLine("|---|---:|---:|");
        foreach (var row in figure.Rows)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(row.Label)} | {(row.Group.IsPublished ? row.Group.Display : "withheld")} | {row.Group.Counts} |");
        }

        md.AppendLine().AppendLine(figure.Note).AppendLine();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
