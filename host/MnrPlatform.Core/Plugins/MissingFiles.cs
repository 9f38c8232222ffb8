using System.Reflection;

namespace MnrPlatform.Core.Plugins;

/// <summary>Names the file behind a "could not load file or assembly" that plugin code hit.</summary>
internal static class MissingFiles
{
    /// <summary>
    /// " The folder has no 'X.dll'." when the assembly <paramref name="error"/> names is not in
    /// <paramref name="folder"/>; empty when it cannot tell. McMaster's contexts resolve a plugin's
    /// private dependencies only when code first needs them, so this is the one place to say it.
    /// </summary>
    public static string Describe(string folder, Exception error)
    {
        var assembly = error switch
        {
            FileNotFoundException { FileName: { } name } => name,
            FileLoadException { FileName: { } name } => name,
            _ => null,
        };
        string? simpleName;
        try
        {
            simpleName = assembly is null ? null : new AssemblyName(assembly).Name;
        }
        catch (FileLoadException)
        {
            simpleName = null;
        }

        if (simpleName is null || SharedAssemblies.All.Contains(simpleName))
        {
            return "";
        }

        var file = simpleName + ".dll";
        return File.Exists(Path.Combine(folder, file)) ? "" : $" The folder has no '{file}'.";
    }
}
