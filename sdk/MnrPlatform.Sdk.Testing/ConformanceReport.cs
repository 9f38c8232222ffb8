using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Testing;

/// <summary>What the conformance kit found for one plugin.</summary>
/// <param name="PluginId">The plugin's id.</param>
/// <param name="Status">The loader's verdict: Active, Incompatible, Faulted or Disabled.</param>
/// <param name="Problems">Everything that must be fixed, one problem each, with how; empty when the plugin conforms.</param>
/// <param name="Content">What the plugin registered, when it loaded.</param>
public sealed record ConformanceReport(string PluginId, string Status, IReadOnlyList<string> Problems, DomainContent? Content)
{
    /// <summary>Whether the plugin loads in the host as it is, with nothing to fix.</summary>
    public bool Conforms => Problems.Count == 0;

    /// <summary>The report as text: the plugin, its status, and each problem on a line of its own.</summary>
    public override string ToString() =>
        $"Plugin '{PluginId}' ({Status}): " + (Conforms
            ? "conforms."
            : $"{Problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, Problems.Select(p => $"  - {p}"))}");
}
