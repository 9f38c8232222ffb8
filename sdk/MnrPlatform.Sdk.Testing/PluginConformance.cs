using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Testing;

/// <summary>
/// Checks plugins the way the host loads them. Reference your plugin project from your test
/// project with <c>DeployAsPlugin="true"</c>; the build copies its output into the test's
/// <c>plugins/&lt;id&gt;/</c> folder, which is where these methods look by default.
/// </summary>
public static class PluginConformance
{
    /// <summary>The folder the build deploys plugins into: <c>plugins</c> next to the test assembly.</summary>
    public static string DefaultPluginsFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>Loads every plugin in <paramref name="pluginsFolder"/> and reports on each.</summary>
    public static IReadOnlyList<ConformanceReport> CheckAll(string? pluginsFolder = null)
    {
        var folder = pluginsFolder ?? DefaultPluginsFolder;
        if (!Directory.Exists(folder))
        {
            throw new PluginConformanceException(
                $"There is no plugins folder at {folder}. Reference your plugin project with DeployAsPlugin=\"true\" so the build copies it there.");
        }

        return [.. new PluginLoader(NullLogger<PluginLoader>.Instance).LoadAll(folder, []).Select(Report)];
    }

    /// <summary>Loads the plugin with id <paramref name="pluginId"/> and reports on it.</summary>
    public static ConformanceReport Check(string pluginId, string? pluginsFolder = null)
    {
        var reports = CheckAll(pluginsFolder);
        return reports.SingleOrDefault(r => r.PluginId == pluginId)
            ?? throw new PluginConformanceException(
                $"No plugin with id '{pluginId}' is deployed in {pluginsFolder ?? DefaultPluginsFolder} (found: {string.Join(", ", reports.Select(r => r.PluginId))}).{DidYouMean.Suffix(pluginId, reports.Select(r => r.PluginId))} " +
                "Check PluginId in the plugin's project file and DeployAsPlugin=\"true\" on the test project's reference to it.");
    }

    /// <summary>Throws <see cref="PluginConformanceException"/>, listing every problem, unless the plugin conforms.</summary>
    public static ConformanceReport AssertConforms(string pluginId, string? pluginsFolder = null)
    {
        var report = Check(pluginId, pluginsFolder);
        if (!report.Conforms)
        {
            throw new PluginConformanceException(
                $"Plugin '{pluginId}' does not conform (status {report.Status}):{Environment.NewLine}" +
                string.Join(Environment.NewLine, report.Problems.Select(p => $"  - {p}")));
        }

        return report;
    }

    /// <summary>The report on one loaded plugin: every problem on its own line (<see cref="ProblemLines"/>).</summary>
    internal static ConformanceReport Report(InstalledPlugin plugin)
    {
        var problems = new List<string>(ProblemLines.Of(plugin));
        if (plugin.Content is { } content)
        {
            // An example question asks for a story, not an answer a country can report on.
            var asked = content.Questions.Where(q => q.Kind != QuestionKind.Example).Select(q => q.CapabilityCode).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(content.Capabilities
                .Where(c => !asked.Contains(c.Code))
                .Select(c => $"Capability '{c.Code}' has no question: add at least one (e.g. its maturity phase) so countries can report on it."));
            problems.AddRange(VisualizationConformance.Problems(content));
        }

        problems.AddRange(TranslationConformance.Problems(plugin.Content));

        return new ConformanceReport(plugin.Id, plugin.Status.ToString(), problems, plugin.Content);
    }
}
