using System.Xml.Linq;

namespace MnrPlatform.TestSupport;

/// <summary>
/// Reads a project's ProjectReference items, so tests can hold the dependency rules of DESIGN.md
/// (an unused reference counts too: the rule is about the project graph, not about calls).
/// </summary>
public static class ProjectReferences
{
    /// <summary>The names of the projects that <paramref name="projectFile"/> references, sorted.</summary>
    /// <param name="projectFile">Path relative to the repository root, e.g. host/MnrPlatform.Core/MnrPlatform.Core.csproj.</param>
    public static IReadOnlyList<string> Of(string projectFile)
    {
        var path = Repository.Path(projectFile);
        return XDocument.Load(path).Descendants("ProjectReference")
            .Select(r => System.IO.Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

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
