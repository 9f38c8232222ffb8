using System.Xml.Linq;

namespace MnrPlatform.TestSupport;

/// <summary>
/// Reads a project's ProjectReference items, so tests can hold the dependency rules of DESIGN.md
/// (an unused reference counts too: the rule is about the project graph, not about calls).
/// </summary>
public static class ProjectReferences
{
    /// <summary>
    /// The names of the projects that <paramref name="projectFile"/> references, sorted; plugins it
    /// only deploys (DeployAsPlugin="true") are not dependencies and are left out.
    /// </summary>
    /// <param name="projectFile">Path relative to the repository root, e.g. host/MnrPlatform.Core/MnrPlatform.Core.csproj.</param>
    public static IReadOnlyList<string> Of(string projectFile) =>
        References(projectFile)
            .Where(r => (string?)r.Attribute("DeployAsPlugin") != "true")
            .Select(r => System.IO.Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The references of <paramref name="projectFile"/> that deploy plugins into its output.</summary>
    public static IReadOnlyList<DeployedPluginReference> DeployedPluginsOf(string projectFile) =>
        References(projectFile)
            .Where(r => (string?)r.Attribute("DeployAsPlugin") == "true")
            .Select(r => new DeployedPluginReference(r.Attribute("Include")!.Value, (string?)r.Attribute("ReferenceOutputAssembly") != "false"))
            .ToList();

    private static IEnumerable<XElement> References(string projectFile) =>
        XDocument.Load(Repository.Path(projectFile)).Descendants("ProjectReference");

    /// <summary>Every project file under the given top-level folders, relative to the repository root.</summary>
    public static IReadOnlyList<string> ProjectsUnder(params string[] folders) =>
        folders
            .Select(f => Repository.Path(f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.csproj", SearchOption.AllDirectories))
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .Select(p => System.IO.Path.GetRelativePath(Repository.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}

/// <summary>A ProjectReference that deploys plugins (DeployAsPlugin="true").</summary>
/// <param name="Include">The reference's Include, as written.</param>
/// <param name="ReferencesOutputAssembly">Whether the referencing project compiles against it.</param>
public sealed record DeployedPluginReference(string Include, bool ReferencesOutputAssembly);
