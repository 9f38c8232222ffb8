using System.IO.Compression;
using System.Text;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Analytics.Tests;

/// <summary>Loading a stored model refuses what is not one and names what is wrong.</summary>
public sealed class ClusterModelLoadTests
{
    private static readonly Lazy<byte[]> Stored = new(() =>
        ClusterAnalysis.RunWithModel(SyntheticProfiles.Nudged(groups: 4, units: 42, nudged: 0.1, missing: 0, seed: 51).Set).Model!.ToBytes());

    [Fact]
    public void Bytes_that_are_not_a_zip_are_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => ClusterModel.Load(Encoding.UTF8.GetBytes("not a model")));

        Assert.StartsWith("The cluster model is not a readable zip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_model_is_refused()
    {
        var bytes = Stored.Value;

        var error = Assert.Throws<InvalidDataException>(() => ClusterModel.Load(bytes[..(bytes.Length / 2)]));

        Assert.StartsWith("The cluster model is not a readable zip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_ml_net_model_or_another_zip_is_refused_naming_its_entries()
    {
        var (_, mlnet) = ClusterModelFile.Unpack(Stored.Value);

        var error = Assert.Throws<InvalidDataException>(() => ClusterModel.Load(mlnet));

        Assert.StartsWith("The cluster model holds ", error.Message, StringComparison.Ordinal);
        Assert.Contains("a cluster model holds only manifest.json and model.zip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_its_ml_net_part_is_refused()
    {
        var (manifest, _) = ClusterModelFile.Unpack(Stored.Value);

        var error = Assert.Throws<InvalidDataException>(() => ClusterModel.Load(Zip(("manifest.json", manifest))));

        Assert.Contains("has no model.zip", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"format\": \"mnr-cluster-model\"", "\"format\": \"other\"", "has format 'other', not 'mnr-cluster-model'")]
    [InlineData("\"version\": 1", "\"version\": 9", "has version 9; this build reads version 1")]
    [InlineData("\"clusterOfLabel\": [", "\"clusterOfLabel\": [0, ", "not to each of 0..k−1 once")]
    [InlineData("\"code\": \"HOTLINE\"", "\"code\": \"LEADERSHIP\"", "repeated code 'LEADERSHIP'")]
    [InlineData("\"engine\"", "\"motor\"", "is not a cluster model manifest")]
    [InlineData("{", "[", "is not a cluster model manifest")]
    public void A_damaged_manifest_is_refused_naming_the_problem(string find, string replace, string expected)
    {
        var (manifest, mlnet) = ClusterModelFile.Unpack(Stored.Value);
        var text = Encoding.UTF8.GetString(manifest);
        Assert.Contains(find, text, StringComparison.Ordinal);
        var damaged = Encoding.UTF8.GetBytes(ReplaceFirst(text, find, replace));

        var error = Assert.Throws<InvalidDataException>(() => ClusterModel.Load(ClusterModelFile.Pack(damaged, mlnet)));

        Assert.StartsWith("The cluster model's manifest.json ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_that_does_not_fit_its_ml_net_model_is_refused()
    {
        var (manifest, mlnet) = ClusterModelFile.Unpack(Stored.Value);
        var text = Encoding.UTF8.GetString(manifest);
        var start = text.IndexOf("    {\n      \"code\": \"TERMINOLOGY\"", StringComparison.Ordinal);
        var end = text.IndexOf('}', start) + 1;
        // Drop the last capability (and the comma before it).
        var shorter = text[..(text.LastIndexOf(',', start) )] + text[end..];

        var error = Assert.Throws<InvalidDataException>(() => ClusterModel.Load(ClusterModelFile.Pack(Encoding.UTF8.GetBytes(shorter), mlnet)));

        Assert.Contains("its manifest has 20 capabilities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_part_that_is_not_an_ml_net_model_is_refused()
    {
        var (manifest, _) = ClusterModelFile.Unpack(Stored.Value);

        var error = Assert.Throws<InvalidDataException>(() =>
            ClusterModel.Load(ClusterModelFile.Pack(manifest, Zip(("hello.txt", Encoding.UTF8.GetBytes("hello"))))));

        Assert.StartsWith("The cluster model's model.zip is not an ML.NET model", error.Message, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
