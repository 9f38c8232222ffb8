using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MnrPlatform.Data.Exports;
using MnrPlatform.Data.Reports;
using MnrPlatform.Host.Components.Countries;

namespace MnrPlatform.Host.Web;

/// <summary>
/// A country's self-assessment as PDF: the page <see cref="SelfAssessmentDocument"/> renders, with its
/// stylesheet read from the web root and inlined (Chromium prints it from a temporary file, which
/// cannot fetch the host's stylesheet), printed by <see cref="PdfPrinter"/>.
/// </summary>
internal sealed class SelfAssessmentPdf(IServiceProvider services, ILoggerFactory loggers, IWebHostEnvironment environment, PdfPrinter printer)
{
    /// <summary>The PDF of <paramref name="output"/>; null when the server has no Chromium.</summary>
    /// <exception cref="IOException">Chromium failed, or the stylesheet is missing from the web root.</exception>
    public async Task<byte[]?> PrintAsync(SelfAssessmentOutput output, CancellationToken cancellationToken)
    {
        var html = await RenderAsync(output, await StylesheetAsync(cancellationToken));
        return await printer.PrintAsync(chromium => ChromiumPdf.PrintHtmlAsync(html, cancellationToken, chromium), cancellationToken);
    }

    private async Task<string> RenderAsync(SelfAssessmentOutput output, string stylesheet)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [nameof(SelfAssessmentDocument.Output)] = output,
                [nameof(SelfAssessmentDocument.Stylesheet)] = stylesheet,
            });
            return (await renderer.RenderComponentAsync<SelfAssessmentDocument>(parameters)).ToHtmlString();
        });
    }

    private async Task<string> StylesheetAsync(CancellationToken cancellationToken)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(SelfAssessmentDocument.StylesheetPath);
        if (!file.Exists)
        {
            throw new IOException($"The stylesheet {SelfAssessmentDocument.StylesheetPath} is missing from the web root ({environment.WebRootPath}).");
        }

        await using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
