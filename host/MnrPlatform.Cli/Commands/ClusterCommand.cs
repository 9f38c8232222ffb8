using System.CommandLine;
using System.Globalization;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr cluster --round R [--seed N] [--json FILE]</c>: clusters a round's countries by capability
/// profile and prints the run for the secretariat; <c>--json</c> also writes the canonical run record.
/// </summary>
internal static class ClusterCommand
{
    public static Command Create()
    {
        var round = new RoundArguments();
        var json = new Option<FileInfo?>("--json")
        {
            Description = "Also write the run as canonical JSON (UTF-8, the same bytes for the same round, plugins and seed) to this file.",
        };
        var command = new Command(
            "cluster",
            "Cluster a round's countries by capability profile (validated submissions; ML.NET k-means with k by silhouette, bootstrap stability, PAM and average-linkage cross-checks, map) and print the run. The output names countries: for the secretariat only.")
        {
            json,
        };
        round.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var (loaded, exitCode) = await round.LoadAsync(parse, cancellationToken);
            if (loaded is null)
            {
                return exitCode;
            }

            var run = loaded.Cluster();
            foreach (var line in ClusterReport.Lines(run, loaded.Inputs.Profiles))
            {
                await output.WriteLineAsync(line);
            }

            if (parse.GetValue(json) is not { } file)
            {
                return 0;
            }

            var bytes = ClusterRunJson.Serialize(run);
            try
            {
                await File.WriteAllBytesAsync(file.FullName, bytes, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: could not write the run to {file.FullName}: {e.Message}");
                return 1;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Run record: {file.FullName} ({bytes.Length} bytes of canonical JSON; it names countries too)"));
            return 0;
        });
        return command;
    }
}
