using System.Text.Json;
using System.Text.Json.Nodes;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Plugins;

public sealed class PluginManifestReaderTests
{
    private const string Hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static JsonObject Valid() => new()
    {
        ["id"] = "acme.enablers",
        ["version"] = "1.2.3-beta.1",
        ["domain"] = "enablers",
        ["sdk"] = "[1.0.0, 2.0.0)",
        ["entryAssembly"] = "Acme.Enablers.dll",
        ["authors"] = new JsonArray("Acme Ltd", "Jo Bloggs"),
        ["license"] = "MIT",
        ["files"] = new JsonObject { ["Acme.Enablers.dll"] = Hash, ["lib/Helper.dll"] = Hash.ToUpperInvariant() },
    };

    [Fact]
    public void A_valid_manifest_is_read_field_by_field()
    {
        var manifest = PluginManifestReader.Read(Valid().ToJsonString(), out var problems);

        Assert.Empty(problems);
        Assert.NotNull(manifest);
        Assert.Equal(("acme.enablers", "1.2.3-beta.1", "enablers", "[1.0.0, 2.0.0)"), (manifest.Id, manifest.Version.ToString(), manifest.Domain, manifest.Sdk.ToString()));
        Assert.Equal(["Acme Ltd", "Jo Bloggs"], manifest.Authors);
        Assert.Equal(["Acme.Enablers.dll", "lib/Helper.dll"], manifest.Files.Keys.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, JsonNode?, string> BadFields => new()
    {
        { "id", null, "field 'id' is missing." },
        { "id", "Acme Enablers", "field 'id': 'Acme Enablers' is not a stable code" },
        { "version", "1.0", "field 'version': '1.0' is not a semantic version" },
        { "domain", 3, "field 'domain' must be a non-empty string." },
        { "sdk", ">=1.0.0", "field 'sdk': '>=1.0.0' is not a version range with a lower and an upper bound" },
        { "sdk", "[1.0.0, )", "is not a version range with a lower and an upper bound" },
        { "sdk", "[2.0.0, 1.0.0)", "contains no version" },
        { "entryAssembly", "bin/Acme.Enablers.dll", "must be the file name of a .dll in the plugin folder" },
        { "entryAssembly", "Other.dll", "'Other.dll' is not listed under 'files'" },
        { "authors", new JsonArray(), "field 'authors' must be a non-empty array of names." },
        { "license", "", "field 'license' must be a non-empty string." },
        { "files", new JsonObject { ["../escape.dll"] = Hash }, "'../escape.dll' must be a path inside the plugin folder" },
        { "files", new JsonObject { ["Acme.Enablers.dll"] = "abc" }, "the hash of 'Acme.Enablers.dll' must be 64 hexadecimal digits" },
        { "sdkRange", "[1.0.0, 2.0.0)", "field 'sdkRange' is not a manifest field (expected: id, version, domain, sdk, entryAssembly, authors, license, files)." },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void A_bad_field_is_named_with_what_is_wrong(string field, JsonNode? value, string expected)
    {
        var json = Valid();
        json.Remove(field);
        if (value is not null)
        {
            json[field] = value.DeepClone();
        }

        var manifest = PluginManifestReader.Read(json.ToJsonString(), out var problems);

        Assert.Null(manifest);
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_json_is_reported_with_its_line()
    {
        var manifest = PluginManifestReader.Read("{\n  \"id\": \"a\",\n  \"version\" \"1.0.0\"\n}", out var problems);

        Assert.Null(manifest);
        Assert.StartsWith("plugin.json is not valid JSON (line 3,", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_describes_exactly_the_fields_the_reader_accepts()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Repository.Path("sdk", "MnrPlatform.Sdk", "build", "plugin.schema.json")));
        var root = schema.RootElement;
        var properties = root.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        var required = root.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToHashSet();

        Assert.True(properties.SetEquals(PluginManifestReader.Fields));
        Assert.True(required.SetEquals(PluginManifestReader.RequiredFields));
        Assert.Equal(StableCode.Pattern, root.GetProperty("properties").GetProperty("id").GetProperty("pattern").GetString());
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
    }
}
