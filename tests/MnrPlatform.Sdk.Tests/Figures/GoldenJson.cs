using System.Text.Json;
using System.Text.Json.Nodes;

namespace MnrPlatform.Sdk.Tests.Figures;

/// <summary>Compares serialiser output with a hand-written golden file, structurally.</summary>
internal static class GoldenJson
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true };

    public static void AssertMatches(string goldenFile, string actualJson)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Figures", "Golden", goldenFile);
        AssertEquivalent(File.ReadAllText(path), actualJson, goldenFile);
    }

    public static void AssertEquivalent(string expectedJson, string actualJson, string what = "JSON")
    {
        var expected = JsonNode.Parse(expectedJson);
        var actual = JsonNode.Parse(actualJson);
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail($"""
                {what} differs.
                --- expected ---
                {expected?.ToJsonString(Pretty)}
                --- actual ---
                {actual?.ToJsonString(Pretty)}
                """);
        }
    }
}
