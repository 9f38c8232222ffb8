using System.Text;

namespace MnrPlatform.Data.Reports;

/// <summary>A review report's file formats.</summary>
public enum ReportFormat
{
    /// <summary>A self-contained, print-ready page.</summary>
    Html,

    /// <summary>The page printed by headless Chromium.</summary>
    Pdf,

    /// <summary>Markdown.</summary>
    Markdown,
}

/// <summary>
/// A review report as a file, for <c>mnr report</c> and the web download alike: the names of its
/// formats and audiences (<c>--format</c>/<c>--audience</c> and the download's address), its content
/// type, and its bytes (a PDF is printed by headless Chromium from the HTML).
/// </summary>
public static class ReviewReportFile
{
    /// <summary>The formats by name: html, pdf, md.</summary>
    public static IReadOnlyDictionary<string, ReportFormat> Formats { get; } = new Dictionary<string, ReportFormat>(StringComparer.Ordinal)
    {
        ["html"] = ReportFormat.Html,
        ["pdf"] = ReportFormat.Pdf,
        ["md"] = ReportFormat.Markdown,
    };

    /// <summary>The audiences by name: public, secretariat.</summary>
    public static IReadOnlyDictionary<string, ReportAudience> Audiences { get; } = new Dictionary<string, ReportAudience>(StringComparer.Ordinal)
    {
        ["public"] = ReportAudience.Public,
        ["secretariat"] = ReportAudience.Secretariat,
    };

    /// <summary>The name of <paramref name="format"/> (also its file extension).</summary>
    public static string Name(ReportFormat format) => Formats.Single(f => f.Value == format).Key;

    /// <summary>The name of <paramref name="audience"/>.</summary>
    public static string Name(ReportAudience audience) => Audiences.Single(a => a.Value == audience).Key;

    /// <summary>The content type of a report in <paramref name="format"/>.</summary>
    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Pdf => "application/pdf",
        _ => "text/markdown; charset=utf-8",
    };

    /// <summary>
    /// <paramref name="report"/> in <paramref name="format"/>: UTF-8 text, or a PDF printed by
    /// <paramref name="chromium"/> (by default the one <see cref="ChromiumPdf.Find()"/> finds).
    /// </summary>
    /// <exception cref="ChromiumMissingException">A PDF, and no Chromium was found.</exception>
    /// <exception cref="IOException">Chromium failed or wrote no PDF.</exception>
    public static async Task<byte[]> RenderAsync(ReviewReport report, ReportFormat format, CancellationToken cancellationToken, string? chromium = null) => format switch
    {
        ReportFormat.Html => Encoding.UTF8.GetBytes(HtmlReport.Render(report)),
        ReportFormat.Markdown => Encoding.UTF8.GetBytes(MarkdownReport.Render(report)),
        _ => await ChromiumPdf.PrintHtmlAsync(HtmlReport.Render(report), cancellationToken, chromium),
    };
}
