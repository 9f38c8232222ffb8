using System.Text;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Analytics.Tests;

public sealed class ClusterRunJsonTests
{
    [Fact]
    public void A_clustered_run_reads_back_and_writes_the_same_bytes()
    {
        var (set, _) = SyntheticProfiles.Nudged(groups: 4, units: 120, nudged: 0.1, missing: 0.1, seed: 91);
        var previous = set.UnitCodes.Take(30).ToDictionary(code => code, code => code.GetHashCode(StringComparison.Ordinal) & 3);
        var bytes = ClusterRunJson.Serialize(ClusterAnalysis.Run(set, new ClusterRunOptions { PreviousClusters = previous }));

        var run = ClusterRunJson.Deserialize(bytes);

        Assert.Equal(bytes, ClusterRunJson.Serialize(run));
        Assert.Equal(ClusterRunStatus.Clustered, run.Status);
        Assert.Equal(30, run.Quality!.UnitsInPrevious);
        Assert.Equal(120, run.Units.Count);
    }

    [Fact]
    public void An_unclustered_run_and_a_run_with_an_undefined_value_read_back_to_the_same_bytes()
    {
        var (small, _) = SyntheticProfiles.Nudged(groups: 2, units: 15, nudged: 0.1, missing: 0.1, seed: 92);
        var unclustered = ClusterRunJson.Serialize(ClusterAnalysis.Run(small));
        var (set, _) = SyntheticProfiles.Nudged(groups: 4, units: 42, nudged: 0.1, missing: 0, seed: 92);
        var run = ClusterAnalysis.Run(set);
        var undefined = ClusterRunJson.Serialize(run with { Clusters = [run.Clusters[0] with { Silhouette = double.NaN }, .. run.Clusters.Skip(1)] });

        Assert.Equal(unclustered, ClusterRunJson.Serialize(ClusterRunJson.Deserialize(unclustered)));
        Assert.Null(ClusterRunJson.Deserialize(unclustered).Quality);
        Assert.Equal(undefined, ClusterRunJson.Serialize(ClusterRunJson.Deserialize(undefined)));
        Assert.Contains("\"silhouette\": null", Encoding.UTF8.GetString(undefined), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "The cluster run record is not a run written by ClusterRunJson")]
    [InlineData("null", "The cluster run record is empty")]
    [InlineData("{}", "missing required properties")]
    [InlineData("[1, 2]", "The cluster run record is not a run written by ClusterRunJson at $")]
    public void Garbage_is_refused_with_a_clear_message(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => ClusterRunJson.Deserialize(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_value_is_refused_naming_where_it_is()
    {
        var (set, _) = SyntheticProfiles.Nudged(groups: 4, units: 42, nudged: 0.1, missing: 0, seed: 93);
        var text = Encoding.UTF8.GetString(ClusterRunJson.Serialize(ClusterAnalysis.Run(set)));
        var at = text.IndexOf("\"size\": ", StringComparison.Ordinal);
        var damaged = text[..at] + "\"size\": \"many\"," + text[(text.IndexOf('\n', at) + 1)..];

        var error = Assert.Throws<InvalidDataException>(() => ClusterRunJson.Deserialize(Encoding.UTF8.GetBytes(damaged)));

        Assert.Contains("at $.clusters[0].size", error.Message, StringComparison.Ordinal);
    }
}
