using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Benchmarks;

/// <summary>
/// Cold discovery, load and validation of the six domain plugins, each sample in a fresh process.
/// The baseline does the least any loader must: load each entry assembly, find the plugin type and
/// call Configure. The loader adds manifests, hashes, a load context per plugin and the content rules.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class PluginLoadingBenchmarks
{
    private string pluginsFolder = "";

    [GlobalSetup]
    public void FindPlugins() => pluginsFolder = PluginsFolder.Resolve();

    [Benchmark(Baseline = true, Description = "Bare: load 6 entry assemblies + Configure")]
    public int Bare()
    {
        var registered = 0;
        foreach (var folder in Directory.EnumerateDirectories(pluginsFolder))
        {
            var entry = Directory.EnumerateFiles(folder, "MnrPlatform.Domains.*.dll").Single();
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(entry);
            var type = assembly.GetTypes().Single(t => typeof(IDomainPlugin).IsAssignableFrom(t) && !t.IsAbstract);
            var builder = new DomainBuilder();
            ((IDomainPlugin)Activator.CreateInstance(type)!).Configure(builder);
            registered++;
        }

        return registered;
    }

    [Benchmark(Description = "PluginLoader: manifests, hashes, load contexts, validation")]
    public int Loader()
    {
        var plugins = new PluginLoader(NullLogger<PluginLoader>.Instance).LoadAll(pluginsFolder, []);
        return plugins.Count(p => p.IsActive) == 6 ? 6 : throw new InvalidOperationException(string.Join("; ", plugins.Select(p => p.Reason)));
    }
}

internal static class PluginsFolder
{
    public const string Variable = "MNR_BENCHMARK_PLUGINS";

    // BenchmarkDotNet runs each sample from a generated project elsewhere: the folder travels by environment variable.
    public static string Resolve() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
            ? folder
            : Path.Combine(Path.GetDirectoryName(Assembly.GetEntryAssembly()!.Location)!, "plugins");
}
