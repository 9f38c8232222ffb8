using System.Text.Json;
using System.Xml.Linq;

namespace MnrPlatform.PluginAuthoring.Tests;

/// <summary>
/// Packs MnrPlatform.Sdk, MnrPlatform.Sdk.Testing and MnrPlatform.Templates from this checkout into
/// a folder feed under a temp folder outside the repository, once for all tests of the collection.
/// </summary>
/// <remarks>
/// Child builds restore into a NuGet packages folder of their own (NUGET_PACKAGES), from which
/// every mnrplatform.* package is deleted first: NuGet never re-reads a package id and version it
/// has restored once, so the user's cache would hand out a stale SDK. Other packages (xunit, ...)
/// stay there between runs so they are not downloaded again.
/// </remarks>
public sealed class AuthoringFeed : IAsyncLifetime
{
    /// <summary>The version the packages are packed with: the SDK's MnrSdkVersion.</summary>
    public static readonly string SdkVersion =
        XDocument.Load(Repository.Path("sdk", "MnrPlatform.Sdk", "build", "MnrPlatform.Sdk.props")).Descendants("MnrSdkVersion").Single().Value;

    private static readonly string[] PackedProjects =
    [
        "sdk/MnrPlatform.Sdk/MnrPlatform.Sdk.csproj",
        "sdk/MnrPlatform.Sdk.Testing/MnrPlatform.Sdk.Testing.csproj",
        "sdk/MnrPlatform.Templates/MnrPlatform.Templates.csproj",
    ];

    private readonly TempDirectory root = new();
    private DotNetResult? packFailure;

    /// <summary>A fresh folder outside the repository, so no Directory.Build.props, Directory.Packages.props or global.json of ours applies.</summary>
    public string Root => root.Path;

    /// <summary>The folder feed holding the packed packages.</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The NuGet packages folder of the child builds (git-ignored, kept between runs).</summary>
    public static string PackagesFolder => Repository.Path("artifacts", "plugin-authoring", "nuget-packages");

    /// <summary>The environment of child builds.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
    };

    public async ValueTask InitializeAsync()
    {
        if (Path.GetFullPath(Root).StartsWith(Repository.Root, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The temp folder {Root} is inside the repository; set TMPDIR elsewhere, or the repository's build files would apply.");
        }

        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);
        foreach (var stale in Directory.EnumerateDirectories(PackagesFolder, "mnrplatform.*"))
        {
            Directory.Delete(stale, recursive: true);
        }

        // Packing restores and builds the repository's own projects: that uses the normal packages
        // folder (an empty environment), so their obj/ folders keep pointing where they did. Debug,
        // because `dotnet test` of the solution has just built exactly that: the packs only pack.
        foreach (var project in PackedProjects)
        {
            var result = await DotNet.RunAsync(Repository.Root, new Dictionary<string, string>(), "pack", project, "-c", "Debug", "-o", Feed, "-nodeReuse:false");
            if (!result.Succeeded)
            {
                packFailure = result;
                return;
            }
        }
    }

    /// <summary>Fails the test, with the pack output, unless every package was packed.</summary>
    public void AssertPacked()
    {
        Assert.True(packFailure is null, packFailure?.Describe());
        foreach (var package in new[] { "MnrPlatform.Sdk", "MnrPlatform.Sdk.Testing", "MnrPlatform.Templates" })
        {
            Assert.True(File.Exists(Package(package)), $"{Package(package)} was not packed; the feed holds: {string.Join(", ", Directory.GetFiles(Feed).Select(Path.GetFileName))}");
        }
    }

    /// <summary>The path of a packed package in the feed.</summary>
    public string Package(string id) => Path.Combine(Feed, $"{id}.{SdkVersion}.nupkg");

    /// <summary>Asserts that the child builds restored <paramref name="id"/> from this run's feed, not from a stale copy.</summary>
    public void AssertRestoredFromFeed(string id)
    {
        var metadata = Path.Combine(PackagesFolder, id.ToLowerInvariant(), SdkVersion, ".nupkg.metadata");
        Assert.True(File.Exists(metadata), $"{id} {SdkVersion} was not restored into {PackagesFolder}.");
        using var json = JsonDocument.Parse(File.ReadAllText(metadata));
        var source = json.RootElement.GetProperty("source").GetString();
        Assert.Equal(Path.TrimEndingDirectorySeparator(Feed), Path.TrimEndingDirectorySeparator(source ?? ""));
    }

    public ValueTask DisposeAsync()
    {
        root.Dispose();
        return ValueTask.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PluginAuthoring : ICollectionFixture<AuthoringFeed>
{
    /// <summary>The tests run one after the other: each builds with both cores.</summary>
    public const string Name = "Plugin authoring";
}
