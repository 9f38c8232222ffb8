using BenchmarkDotNet.Running;
using MnrPlatform.Benchmarks;

Environment.SetEnvironmentVariable(PluginsFolder.Variable, PluginsFolder.Resolve());
BenchmarkSwitcher.FromAssembly(typeof(PluginLoadingBenchmarks).Assembly).Run(args);
