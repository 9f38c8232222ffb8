using System.Globalization;
using System.Text;
using MnrPlatform.Core.Reports;

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
        var culture = report.Culture;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(report.Title).AppendLine();
        if (report.Banner is { } banner)
        {
            md.Append("> **").Append(banner).AppendLine("**").AppendLine();
        }

        if (ReportText.DataLabel(report.Round, culture) is { } label)
        {
            md.Append("> ").AppendLine(label).AppendLine();
        }

        md.Append("## ").AppendLine(ReportWords.Get("Heading.Introduction", culture)).AppendLine();
        foreach (var paragraph in ReportText.Introduction(report))
        {
            md.AppendLine(paragraph).AppendLine();
        }

        foreach (var instrument in report.Method.Instruments)
        {
            md.Append("- ").AppendLine(ReportText.Instrument(instrument, culture));
        }

        md.AppendLine();
        md.Append('*').Append(ReportWords.Get("NonEvaluation", culture)).AppendLine("*").AppendLine();
        md.AppendLine(report.Method.Disclosure).AppendLine();

        md.Append("## ").AppendLine(ReportWords.Get("Heading.Snapshot", culture)).AppendLine();
        Figure(md, report.Snapshot, culture);

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
                        md.Append("  ").Append(ReportWords.Get("Finding.PhasesLead", culture)).Append(' ')
                            .AppendJoin("; ", finding.Phases.Select(p => $"{p.Text} <!-- indicator: {p.IndicatorId} -->")).AppendLine();
                    }

                    if (finding.IncomeText is { } income)
                    {
                        md.AppendLine(CultureInfo.InvariantCulture, $"  {income} <!-- indicator: {finding.IndicatorId} -->");
                    }
                }

                md.AppendLine();
                ReportExampleBoxes.Markdown(md, ReportExampleBoxes.Of(report, domain, capability.Code), culture);
            }

            ReportExampleBoxes.Markdown(md, ReportExampleBoxes.Remaining(report, domain), culture);
            foreach (var figure in domain.Figures)
            {
                Figure(md, figure, culture);
            }
        }

        md.Append("## ").AppendLine(ReportWords.Get("Heading.Annex", culture)).AppendLine();
        md.Append("| ").AppendJoin(" | ", AnnexColumns.Select(c => ReportWords.Get(c, culture))).AppendLine(" |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in report.Annex)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(row.Name)} | `{row.IndicatorId}` | {Cell(row.Computation)} | {Cell(row.DenominatorRule)} | {Cell(row.Instruments)} | {Cell(row.Suppression)} |");
        }

        return md.ToString();
    }

    private static readonly string[] AnnexColumns = ["Column.Indicator", "Column.Id", "Column.Formula", "Column.Denominator", "Column.Instruments", "Column.Suppression"];

    private static void Figure(StringBuilder md, ReportFigure figure, CultureInfo culture)
    {
        md.Append("**").Append(ReportWords.Format("Figure.Caption", culture, figure.Number, figure.Title)).AppendLine("**").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"| {ReportWords.Get("Column.Indicator", culture)} | {ReportWords.Get("Column.PerCent", culture)} | {ReportWords.Get("Column.Counts", culture)} |");
        md.AppendLine("|---|---:|---:|");
        foreach (var row in figure.Rows)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(row.Label)} | {(row.Group.IsPublished ? FindingText.Value(row.Group, culture) : ReportWords.Get("Withheld", culture))} | {FindingText.Counts(row.Group, culture)} |");
        }

        md.AppendLine().AppendLine(figure.Note).AppendLine();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
