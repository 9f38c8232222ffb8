using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Benchmarks.Baselines;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Benchmarks;

/// <summary>
/// Cold load of the six domain plugins, each sample in a fresh process: the loader with McMaster's
/// load contexts (today) against the same steps with the pre-2.0 AssemblyLoadContext (Baselines/).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class PluginContextBenchmarks
{
    private string pluginsFolder = "";

    [GlobalSetup]
    public void FindPlugins() => pluginsFolder = PluginsFolder.Resolve();

    [Benchmark(Baseline = true, Description = "Pre-2.0: own AssemblyLoadContext per plugin")]
    public int PreMcMaster() =>
        Directory.EnumerateDirectories(pluginsFolder).Order(StringComparer.Ordinal).Select(LegacyPluginLoading.Load).Count();

    [Benchmark(Description = "PluginLoader: McMaster.NETCore.Plugins 2.0.0 contexts")]
    public int McMaster()
    {
        var plugins = new PluginLoader(NullLogger<PluginLoader>.Instance).LoadAll(pluginsFolder, []);
        return plugins.Count(p => p.IsActive) == 6 ? 6 : throw new InvalidOperationException(string.Join("; ", plugins.Select(p => p.Reason)));
    }
}
