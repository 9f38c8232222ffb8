using System.CommandLine;
using System.Globalization;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr cluster --round R [--seed N] [--json FILE] [--save]</c>: clusters a round's countries by
/// capability profile and prints the run for the secretariat; <c>--json</c> also writes the
/// canonical run record; <c>--save</c> stores the run and its model as the round's newest run.
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
        var save = new Option<bool>("--save")
        {
            Description = "Also store the run and its model in the store as the round's newest run: the peer-learning page shows it and places countries validated later with its model.",
        };
        var command = new Command(
            "cluster",
            "Cluster a round's countries by capability profile (validated submissions; ML.NET k-means with k by silhouette, bootstrap stability, PAM and average-linkage cross-checks, map) and print the run. The output names countries: for the secretariat only.")
        {
            json,
            save,
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

            var options = new ClusterRunOptions { Seed = loaded.Seed };
            var result = ClusterAnalysis.RunWithModel(loaded.Inputs.Profiles, options);
            foreach (var line in ClusterReport.Lines(result.Run, loaded.Inputs.Profiles))
            {
                await output.WriteLineAsync(line);
            }

            if (parse.GetValue(json) is { } file && await WriteJsonAsync(parse, result.Run, file, cancellationToken) != 0)
            {
                return 1;
            }

            return parse.GetValue(save) ? await ClusterSave.StoreAsync(parse, round.Store, loaded.Inputs.Profiles, options, result, cancellationToken) : 0;
        });
        return command;
    }

    private static async Task<int> WriteJsonAsync(ParseResult parse, ClusterRun run, FileInfo file, CancellationToken cancellationToken)
    {
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

        await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Run record: {file.FullName} ({bytes.Length} bytes of canonical JSON; it names countries too)"));
        return 0;
    }
}
