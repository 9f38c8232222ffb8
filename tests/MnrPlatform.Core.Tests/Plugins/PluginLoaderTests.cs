using Microsoft.Extensions.Logging;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Core.Tests.Plugins;

public sealed class PluginLoaderTests
{
    private static readonly Lazy<IReadOnlyList<InstalledPlugin>> AllFixtures = new(() => FixturePlugins.LoadAll());

    public static TheoryData<string, PluginStatus, string> Expectations => new()
    {
        { "fixture.good", PluginStatus.Active, "" },
        { "fixture.diff-old", PluginStatus.Active, "" },
        { "fixture.diff-new", PluginStatus.Active, "" },
        { "fixture.own-sdk-copy", PluginStatus.Active, "" },
        { "fixture.native-library", PluginStatus.Active, "" },
        { "fixture.throwing-indicator", PluginStatus.Active, "" },
        { "fixture.throwing-visualization", PluginStatus.Active, "" },
        { "fixture.same-domain-a", PluginStatus.Active, "" },
        { "fixture.same-domain-b", PluginStatus.Incompatible, "Domain 'fixture-same-domain' is already supplied by plugin 'fixture.same-domain-a'" },
        { "fixture.future-sdk", PluginStatus.Incompatible, "It supports SDK [3.0.0, 4.0.0), but this host provides SDK 2.0.0. Installer:" },
        { "fixture.malformed-manifest", PluginStatus.Incompatible, "field 'sdk' is missing." },
        { "fixture.tampered", PluginStatus.Incompatible, "'terms.txt' does not match its SHA-256 in plugin.json" },
        { "fixture.throws-in-configure", PluginStatus.Faulted, "ThrowingPlugin.Configure threw InvalidOperationException: The fixture's configuration file is missing." },
        { "fixture.missing-dependency", PluginStatus.Faulted, "A dependency is missing: Could not load file or assembly 'Fixture.Library, Version=1.0.0.0" },
        { "fixture.bad-content", PluginStatus.Faulted, "'fixture-bad-content.no-such-capability'" },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Each_fixture_gets_its_status_and_a_reason_naming_the_problem(string pluginId, PluginStatus status, string reasonPart)
    {
        var plugin = Assert.Single(AllFixtures.Value, p => p.Id == pluginId);

        Assert.Equal(status, plugin.Status);
        if (status == PluginStatus.Active)
        {
            Assert.Equal("", plugin.Reason);
            Assert.NotNull(plugin.Content);
        }
        else
        {
            Assert.Contains(reasonPart, plugin.Reason, StringComparison.Ordinal);
            Assert.Null(plugin.Content);
        }
    }

    [Fact]
    public void Every_fixture_folder_has_an_expectation()
    {
        var expected = Expectations.Select(row => (string)row.Data.Item1).Order(StringComparer.Ordinal);

        Assert.Equal(expected, AllFixtures.Value.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Malformed_manifest_reason_names_every_bad_field()
    {
        var plugin = Assert.Single(AllFixtures.Value, p => p.Id == "fixture.malformed-manifest");

        Assert.Contains("field 'version': 'one' is not a semantic version", plugin.Reason, StringComparison.Ordinal);
        Assert.Contains("field 'entryAssembly' is missing.", plugin.Reason, StringComparison.Ordinal);
        Assert.Contains("field 'files' must be an object", plugin.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_plugins_use_two_versions_of_one_private_dependency_side_by_side()
    {
        string Description(string id) => AllFixtures.Value.Single(p => p.Id == id).Content!.Domain.Description.English;

        Assert.Equal("DiffPlex 1.4.4.0: 1", Description("fixture.diff-old"));
        Assert.Equal("DiffPlex 1.9.0.0: 1", Description("fixture.diff-new"));
    }

    [Fact]
    public void A_native_library_resolves_from_the_plugins_own_folder()
    {
        var plugin = AllFixtures.Value.Single(p => p.Id == "fixture.native-library");
        var version = int.Parse(plugin.Content!.Domain.Description.English["SQLite ".Length..], System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(version, 3_000_000, 3_999_999);
        Assert.Contains("runtimes/linux-x64/native/libe_sqlite3.so", plugin.Files);
    }

    [Fact]
    public void A_stray_sdk_copy_is_ignored_and_reported()
    {
        var plugin = Assert.Single(AllFixtures.Value, p => p.Id == "fixture.own-sdk-copy");

        Assert.Contains("MnrPlatform.Sdk.dll", plugin.Files);
        var warning = Assert.Single(plugin.Warnings);
        Assert.Contains("ships its own copy of MnrPlatform.Sdk.dll", warning, StringComparison.Ordinal);
        Assert.Equal(PluginStatus.Active, plugin.Status);
    }

    [Fact]
    public void A_plugin_built_against_a_newer_sdk_copy_gets_the_hosts_sdk_and_plotly_and_builds_a_chart()
    {
        var plugin = Assert.Single(AllFixtures.Value, p => p.Id == "fixture.own-sdk-copy");
        var hostSdk = typeof(MnrPlatform.Sdk.IDomainPlugin).Assembly.GetName().Version;

        // Its folder holds SDK (host major + 1), Plotly.NET, FSharp.Core, ...; none of them loaded in its context.
        Assert.Contains("Plotly.NET.dll", plugin.Files);
        Assert.Equal($"SDK {hostSdk} from Default; chart True; own context: Fixture.OwnSdkCopy", plugin.Content!.Domain.Description.English);
    }

    [Fact]
    public void A_missing_private_dependency_names_the_missing_file()
    {
        var plugin = Assert.Single(AllFixtures.Value, p => p.Id == "fixture.missing-dependency");

        Assert.Contains("The folder has no 'Fixture.Library.dll'.", plugin.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_is_disabled_by_configuration_without_touching_the_others()
    {
        var plugins = FixturePlugins.LoadAll(null, "fixture.good");

        var good = Assert.Single(plugins, p => p.Id == "fixture.good");
        Assert.Equal(PluginStatus.Disabled, good.Status);
        Assert.Contains("Plugins:Disabled", good.Reason, StringComparison.Ordinal);
        Assert.Equal(PluginStatus.Active, plugins.Single(p => p.Id == "fixture.diff-new").Status);
    }

    [Fact]
    public void A_second_plugin_with_the_same_id_is_refused()
    {
        using var temp = new TempDirectory();
        var folder = FixturePlugins.Arrange(temp, ("fixture.good", "a-first"), ("fixture.good", "b-second"));

        var plugins = new PluginLoader(new LogRecorder().For<PluginLoader>()).LoadAll(folder, []);

        Assert.Equal([PluginStatus.Active, PluginStatus.Incompatible], plugins.Select(p => p.Status));
        Assert.Contains("Another plugin with id 'fixture.good' is already installed (folder 'a-first')", plugins[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_added_after_the_build_is_refused()
    {
        using var temp = new TempDirectory();
        var folder = FixturePlugins.Arrange(temp, ("fixture.good", "good"));
        File.WriteAllText(Path.Combine(folder, "good", "extra.dll"), "not in the manifest");

        var plugin = Assert.Single(new PluginLoader(new LogRecorder().For<PluginLoader>()).LoadAll(folder, []));

        Assert.Equal(PluginStatus.Incompatible, plugin.Status);
        Assert.Contains("'extra.dll' is not listed in plugin.json", plugin.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_refused_and_named_by_its_folder()
    {
        using var temp = new TempDirectory();
        var folder = FixturePlugins.Arrange(temp);
        Directory.CreateDirectory(Path.Combine(folder, "copied-by-hand"));

        var plugin = Assert.Single(new PluginLoader(new LogRecorder().For<PluginLoader>()).LoadAll(folder, []));

        Assert.Equal(("copied-by-hand", PluginStatus.Incompatible), (plugin.Id, plugin.Status));
        Assert.Contains("There is no plugin.json", plugin.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_plugins_folder_means_no_plugins_and_a_warning()
    {
        var log = new LogRecorder();

        var plugins = new PluginLoader(log.For<PluginLoader>()).LoadAll(Path.Combine(Path.GetTempPath(), "mnr-no-such-folder"), []);

        Assert.Empty(plugins);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_outcome_is_logged_with_the_plugin_id()
    {
        var log = new LogRecorder();

        FixturePlugins.LoadAll(log);

        var faulted = Assert.Single(log.Entries, e => e.Message.StartsWith("Plugin fixture.throws-in-configure is Faulted", StringComparison.Ordinal));
        Assert.Equal("fixture.throws-in-configure", faulted.Properties["PluginId"]);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Information && Equals(e.Properties["PluginId"], "fixture.good"));
    }
}
