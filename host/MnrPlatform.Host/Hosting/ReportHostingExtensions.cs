using MnrPlatform.Data.Reports;
using MnrPlatform.Host.Web;

namespace MnrPlatform.Host.Hosting;

/// <summary>Reports and printed downloads: the review report of a round, and PDFs printed by the server's Chromium.</summary>
internal static class ReportHostingExtensions
{
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReviewReportBuilder>();
        builder.Services.AddScoped<ReportExamples>();
        builder.Services.AddSingleton<PdfPrinter>();
        builder.Services.AddScoped<SelfAssessmentPdf>();
        return builder;
    }
}
