using MnrPlatform.Data.Reports;

namespace MnrPlatform.Host.Web;

/// <summary>
/// Prints downloads to PDF with the server's headless Chromium (<see cref="ChromiumPdf"/>): the binary
/// <c>MNR_CHROMIUM</c> names in the configuration (where the environment variable lands too), else
/// the one on the PATH or at /usr/bin/chromium. Each print starts a browser, so no more run at once
/// than the machine has cores; the others wait.
/// </summary>
internal sealed class PdfPrinter(IConfiguration configuration) : IDisposable
{
    /// <summary>What a PDF download answers (503) when the server has no Chromium.</summary>
    public const string MissingMessage = "PDF needs Chromium on the server, which has none: download the HTML and print it from your browser.";

    private readonly SemaphoreSlim running = new(Environment.ProcessorCount);

    /// <summary>True when the server has a Chromium to print with.</summary>
    public bool IsAvailable => Chromium is not null;

    // Looked up once: finding it searches the PATH, and the binary does not move while the host runs.
    private readonly Lazy<string?> chromium = new(() => ChromiumPdf.Find(configuration[ChromiumPdf.Variable]));

    private string? Chromium => chromium.Value;

    /// <summary>The answer to a PDF download when <see cref="IsAvailable"/> is false: 503 with <see cref="MissingMessage"/>.</summary>
    public static IResult Missing() => Results.Text(MissingMessage, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>
    /// Runs <paramref name="print"/> with the Chromium binary once a place is free; null when the server
    /// has no Chromium.
    /// </summary>
    /// <exception cref="IOException">Chromium failed or wrote no PDF.</exception>
    public async Task<byte[]?> PrintAsync(Func<string, Task<byte[]>> print, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(print);
        if (Chromium is not { } chromium)
        {
            return null;
        }

        await running.WaitAsync(cancellationToken);
        try
        {
            return await print(chromium);
        }
        finally
        {
            running.Release();
        }
    }

    public void Dispose() => running.Dispose();
}
