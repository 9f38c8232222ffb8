using System.Diagnostics;

namespace MnrPlatform.Data.Reports;

/// <summary>Thrown when a PDF is asked for and no Chromium can print it.</summary>
/// <param name="message">What to do about it.</param>
public sealed class ChromiumMissingException(string message) : Exception(message);

/// <summary>
/// Prints an HTML file to PDF with headless Chromium (<c>--headless --print-to-pdf</c>), the browser
/// already used for the browser tests. Chromium is the binary <c>MNR_CHROMIUM</c> names when it is set, else the first on the PATH
/// (<c>chromium</c>, <c>chromium-browser</c>, <c>google-chrome</c>), then at /usr/bin/chromium.
/// </summary>
public static class ChromiumPdf
{
    /// <summary>The message when Chromium is missing.</summary>
    public const string MissingMessage = "PDF needs Chromium: install the chromium package, or choose --format html";

    /// <summary>The environment variable naming the Chromium binary to use (then no other is tried).</summary>
    public const string Variable = "MNR_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>The Chromium binary to print with; null when there is none.</summary>
    public static string? Find() => Find(Environment.GetEnvironmentVariable(Variable));

    /// <summary>
    /// The Chromium binary to print with when <paramref name="configured"/> stands for <see cref="Variable"/>
    /// (a host reads it from its configuration, where the environment variable also lands); null when there is none.
    /// </summary>
    public static string? Find(string? configured)
    {
        if (configured is { Length: > 0 })
        {
            // A configured binary is the only one tried: a wrong path is reported, not silently replaced.
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    /// <summary>
    /// Prints the page <paramref name="html"/> (self-contained: a page printed from a temporary file
    /// cannot fetch the host's stylesheets) and returns the PDF; the temporary files are deleted.
    /// </summary>
    /// <exception cref="ChromiumMissingException">No Chromium was found.</exception>
    /// <exception cref="IOException">Chromium failed or wrote no PDF.</exception>
    public static async Task<byte[]> PrintHtmlAsync(string html, CancellationToken cancellationToken, string? chromium = null)
    {
        var folder = Directory.CreateTempSubdirectory("mnr-pdf-");
        try
        {
            var page = Path.Combine(folder.FullName, "page.html");
            var pdf = Path.Combine(folder.FullName, "page.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            await PrintAsync(page, pdf, cancellationToken, chromium);
            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Prints <paramref name="htmlFile"/> to <paramref name="pdfFile"/>.</summary>
    /// <exception cref="ChromiumMissingException">No Chromium was found.</exception>
    /// <exception cref="IOException">Chromium failed or wrote no PDF.</exception>
    public static async Task PrintAsync(string htmlFile, string pdfFile, CancellationToken cancellationToken, string? chromium = null)
    {
        var binary = chromium ?? Find() ?? throw new ChromiumMissingException(MissingMessage);
        var profile = Directory.CreateTempSubdirectory("mnr-chromium-");
        try
        {
            var start = new ProcessStartInfo(binary)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-pdf-header-footer", "--print-to-pdf-no-header", $"--user-data-dir={profile.FullName}",
                $"--print-to-pdf={Path.GetFullPath(pdfFile)}", new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            if (File.Exists(pdfFile))
            {
                File.Delete(pdfFile);
            }

            using var process = Process.Start(start) ?? throw new IOException($"Could not start {binary}.");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new IOException($"{binary} did not finish printing within two minutes.");
            }

            if (!File.Exists(pdfFile) || new FileInfo(pdfFile).Length == 0)
            {
                throw new IOException($"{binary} wrote no PDF (exit code {process.ExitCode}): {(await errors).Trim()}");
            }
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A profile file still held by an exiting Chromium helper: the temporary folder stays.
            }
        }
    }
}
