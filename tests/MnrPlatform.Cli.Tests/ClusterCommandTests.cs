using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MnrPlatform.Data.Demo;

namespace MnrPlatform.Cli.Tests;

[Collection(DemoStoreGroup.Name)]
public sealed partial class ClusterCommandTests(DemoStore store)
{
    [Fact]
    public async Task Clustering_the_self_assessment_names_the_engine_k_sizes_and_exemplars_of_the_round()
    {
        var (exit, output, error) = await store.RunAsync("cluster", "--round", DemoStore.SelfAssessment);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n');
        Assert.StartsWith("FOR THE SECRETARIAT ONLY: this output names countries", lines[0], StringComparison.Ordinal);
        Assert.Contains($"Data: {DemoDataset.Label}", output, StringComparison.Ordinal);
        Assert.Contains("Units: 42 countries (validated submissions) × 21 capabilities: 21 by maturity phase", output, StringComparison.Ordinal);
        Assert.Matches(@"Status: clustered", output);

        var k = int.Parse(KLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(k, 2, 4);
        Assert.Equal(["k=2", "k=3", "k=4"], CandidateLine().Matches(output).Select(m => m.Groups[1].Value));
        Assert.Matches($@"  k={k}  mean silhouette \d\.\d{{3}}  smallest cluster \d+  <- chosen", output);

        var clusters = ClusterLine().Matches(output);
        Assert.Equal(k, clusters.Count);
        Assert.Equal(42, clusters.Sum(c => int.Parse(c.Groups[2].Value, CultureInfo.InvariantCulture)));
        var countries = (await store.PhasesAsync()).Keys.ToHashSet(StringComparer.Ordinal);
        Assert.All(clusters, c => Assert.Contains(c.Groups[3].Value, countries));
        Assert.Equal(k, MembersLine().Count(output));
        Assert.Equal(42, MembersLine().Matches(output).SelectMany(m => m.Groups[1].Value.Split(' ')).Distinct().Count(countries.Contains));
        Assert.Equal(k, StrengthsLine().Count(output));
        Assert.Matches(@"\((mean phase \d\.\d; all \d\.\d)\)", output);
        Assert.Matches(@"Quality: mean silhouette -?\d\.\d{3}; Davies–Bouldin \d+\.\d{3}", output);
        Assert.Matches(@"Agreement \(adjusted Rand index\) of k-means with PAM on the Gower distance -?\d\.\d{3}, with average linkage -?\d\.\d{3}", output);
        Assert.Contains("Engine: Microsoft.ML 6.0.0 KMeansTrainer k-means (mlnet-kmeans), one thread, best of 10 seeds", output, StringComparison.Ordinal);
        Assert.Matches(@"Map: the first two dimensions explain \d+\.\d% ", output);
    }

    [Fact]
    public async Task The_same_round_and_seed_give_the_same_output_and_the_same_json_bytes()
    {
        using var folder = new TempDirectory();
        var first = Path.Combine(folder.Path, "first.json");
        var second = Path.Combine(folder.Path, "second.json");

        var one = await store.RunAsync("cluster", "--round", DemoStore.SelfAssessment, "--json", first);
        var two = await store.RunAsync("cluster", "--round", DemoStore.SelfAssessment, "--json", second);

        Assert.Equal(0, one.Exit);
        Assert.Equal(0, two.Exit);
        Assert.Equal(one.Output.Replace(first, second, StringComparison.Ordinal), two.Output);
        var bytes = await File.ReadAllBytesAsync(first, TestContext.Current.CancellationToken);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(second, TestContext.Current.CancellationToken));
        Assert.Contains($"Run record: {first} ({bytes.Length} bytes", one.Output, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(bytes);
        var inputs = json.RootElement.GetProperty("inputs");
        Assert.Equal(DemoStore.SelfAssessment, inputs.GetProperty("roundLabel").GetString());
        Assert.Equal(42, inputs.GetProperty("unitCount").GetInt32());
        Assert.Equal(20250101, inputs.GetProperty("seed").GetInt32());
        Assert.Equal(KLine().Match(one.Output).Groups[1].Value, inputs.GetProperty("chosenK").GetInt32().ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_seed_is_used_and_recorded()
    {
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "run.json");

        var (exit, output, _) = await store.RunAsync("cluster", "--round", DemoStore.SelfAssessment, "--seed", "7", "--json", file);

        Assert.Equal(0, exit);
        Assert.Contains("Seed: 7" + Environment.NewLine, output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        Assert.Equal(7, json.RootElement.GetProperty("inputs").GetProperty("seed").GetInt32());
    }

    [Fact]
    public async Task The_review_round_is_read_in_place_and_names_the_capabilities_it_has_no_answers_for()
    {
        var (exit, output, error) = await store.RunAsync("cluster", "--round", DemoStore.Review);

        Assert.True(exit == 0, error);
        Assert.Contains("21 capabilities: 0 by maturity phase, 18 by in place yes/no, 3 without answers", output, StringComparison.Ordinal);
        Assert.Contains("missing for every country (the round holds no answer): Legislation, CSEA reporting by industry, Corporate social responsibility", output, StringComparison.Ordinal);
        Assert.Matches(@"\(\d+% in place; all \d+%\)", output);
    }

    [Fact]
    public async Task An_unknown_round_is_an_error_listing_the_rounds()
    {
        var (exit, output, error) = await store.RunAsync("cluster", "--round", "2099");

        Assert.Equal(2, exit);
        Assert.Contains("there is no survey round '2099'. Rounds in the store: 2026-self-assessment, 2023-self-assessment, 2021-review.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Cluster", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_file_that_cannot_be_written_is_an_error()
    {
        var (exit, _, error) = await store.RunAsync("cluster", "--round", DemoStore.SelfAssessment, "--json", "/no/such/folder/run.json");

        Assert.Equal(1, exit);
        Assert.Contains("could not write the run to /no/such/folder/run.json", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^k: (\d+), the smallest admissible k", RegexOptions.Multiline)]
    private static partial Regex KLine();

    [GeneratedRegex(@"^  (k=\d+)  mean silhouette", RegexOptions.Multiline)]
    private static partial Regex CandidateLine();

    [GeneratedRegex(@"^  Cluster (\d+): (\d+) countries, exemplar ([A-Z]{3}), stability \d\.\d{3}", RegexOptions.Multiline)]
    private static partial Regex ClusterLine();

    [GeneratedRegex(@"^    members: ([A-Z ]+)$", RegexOptions.Multiline)]
    private static partial Regex MembersLine();

    [GeneratedRegex(@"^    strengths: \S", RegexOptions.Multiline)]
    private static partial Regex StrengthsLine();
}
