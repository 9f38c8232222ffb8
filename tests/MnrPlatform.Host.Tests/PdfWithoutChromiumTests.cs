using System.Net;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Reports;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// A server without Chromium: a PDF download answers 503 with what to do instead (the HTML, printed
/// from the browser), and the HTML is still there.
/// </summary>
public sealed class PdfWithoutChromiumTests(PdfWithoutChromiumTests.Platform platform) : IClassFixture<PdfWithoutChromiumTests.Platform>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Roles.Viewer, "/rounds/2021-review/report", "")]
    [InlineData(Roles.FocalPoint, "/countries/KEN/self-assessment", "?round=2023-self-assessment")]
    public async Task A_pdf_says_to_print_the_html_which_is_still_served(string role, string path, string query)
    {
        var client = await platform.SignInAsAsync(role);

        using var pdf = await client.GetAsync(new Uri($"{path}.pdf{query}", UriKind.Relative), Cancellation);
        using var html = await client.GetAsync(new Uri($"{path}.html{query}", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Equal("text/plain", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PDF needs Chromium on the server, which has none: download the HTML and print it from your browser.", await pdf.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
    }

    /// <summary>The demo host with a Chromium setting that names no file (then no other is tried).</summary>
    public sealed class Platform : DemoPlatformFactory
    {
        public Platform() => Settings[ChromiumPdf.Variable] = "/nonexistent/chromium";
    }
}
