using System.Security.Cryptography;

namespace MnrPlatform.Core.Plugins;

/// <summary>The files of a plugin folder, checked against the SHA-256 hashes in its manifest.</summary>
internal static class PluginFiles
{
    /// <summary>Every file under <paramref name="folder"/>, relative and '/' separated, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>The first way the folder differs from the manifest, as a reason a person can act on; null when it matches.</summary>
    public static string? Verify(string folder, IReadOnlyList<string> files, PluginManifest manifest)
    {
        var unlisted = files.Where(f => f != PluginManifest.FileName && !manifest.Files.ContainsKey(f)).ToList();
        if (unlisted.Count > 0)
        {
            return $"{Describe(unlisted)} not listed in {PluginManifest.FileName}: something was added after the build. Reinstall the plugin from its build output.";
        }

        foreach (var (file, expected) in manifest.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                return $"'{file}' is listed in {PluginManifest.FileName} but missing from the folder. Reinstall the plugin from its build output.";
            }

            if (!string.Equals(Sha256(path), expected, StringComparison.OrdinalIgnoreCase))
            {
                return $"'{file}' does not match its SHA-256 in {PluginManifest.FileName}: it was changed after the build. Reinstall the plugin from its build output.";
            }
        }

        return null;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private static string Describe(List<string> files) =>
        files.Count == 1 ? $"'{files[0]}' is" : $"{files.Count} files ('{files[0]}', …) are";
}
