using System.Text.Json;
using System.Text.RegularExpressions;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Plugins;

/// <summary>Reads <c>plugin.json</c> and names every field that is missing or wrong.</summary>
public static partial class PluginManifestReader
{
    /// <summary>The fields every manifest has, in the order the build writes them.</summary>
    public static IReadOnlyList<string> RequiredFields { get; } = ["id", "version", "domain", "sdk", "entryAssembly", "authors", "license", "files"];

    /// <summary>The fields a manifest may have: the required ones and <c>$schema</c>, for editors.</summary>
    public static IReadOnlySet<string> Fields { get; } = new HashSet<string>(["$schema", .. RequiredFields], StringComparer.Ordinal);

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Hex();

    /// <summary>Reads the manifest in <paramref name="json"/>; on failure <paramref name="problems"/> lists each.</summary>
    public static PluginManifest? Read(string json, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        problems = found;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            found.Add($"{PluginManifest.FileName} is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {FirstSentence(e.Message)}");
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                found.Add($"{PluginManifest.FileName} must hold one JSON object.");
                return null;
            }

            return Read(document.RootElement, found);
        }
    }

    private static PluginManifest? Read(JsonElement root, List<string> problems)
    {
        foreach (var unknown in root.EnumerateObject().Select(p => p.Name).Where(n => !Fields.Contains(n)))
        {
            problems.Add($"field '{unknown}' is not a manifest field (expected: {string.Join(", ", RequiredFields)}).");
        }

        var id = Text(root, "id", problems, code: true);
        var version = Text(root, "version", problems);
        var domain = Text(root, "domain", problems, code: true);
        var sdk = Text(root, "sdk", problems);
        var entryAssembly = Text(root, "entryAssembly", problems);
        var license = Text(root, "license", problems);
        var authors = Authors(root, problems);
        var files = Files(root, problems);

        SemanticVersion parsedVersion = new(0, 0, 0);
        if (version is not null && !SemanticVersion.TryParse(version, out parsedVersion))
        {
            problems.Add($"field 'version': '{version}' is not a semantic version such as 1.0.0.");
        }

        VersionRange? range = null;
        if (sdk is not null && !VersionRange.TryParse(sdk, out range, out var rangeProblem))
        {
            problems.Add($"field 'sdk': {rangeProblem}.");
        }

        if (entryAssembly is not null && (!entryAssembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || entryAssembly.IndexOfAny(['/', '\\']) >= 0))
        {
            problems.Add($"field 'entryAssembly': '{entryAssembly}' must be the file name of a .dll in the plugin folder.");
        }
        else if (entryAssembly is not null && files is not null && !files.ContainsKey(entryAssembly))
        {
            problems.Add($"field 'entryAssembly': '{entryAssembly}' is not listed under 'files'.");
        }

        return problems.Count > 0
            ? null
            : new PluginManifest(id!, parsedVersion, domain!, range!, entryAssembly!, authors!, license!, files!);
    }

    private static string? Text(JsonElement root, string field, List<string> problems, bool code = false)
    {
        if (!root.TryGetProperty(field, out var value))
        {
            problems.Add($"field '{field}' is missing.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add($"field '{field}' must be a non-empty string.");
            return null;
        }

        var text = value.GetString()!;
        if (code && !StableCode.IsValid(text))
        {
            problems.Add($"field '{field}': '{text}' is not a stable code (lower-case letters and digits joined by '.' or '-').");
            return null;
        }

        return text;
    }

    private static string[]? Authors(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("authors", out var value))
        {
            problems.Add("field 'authors' is missing.");
            return null;
        }

        var authors = value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()!.Trim() : "").ToArray()
            : [];
        if (authors.Length == 0 || authors.Any(a => a.Length == 0))
        {
            problems.Add("field 'authors' must be a non-empty array of names.");
            return null;
        }

        return authors;
    }

    private static Dictionary<string, string>? Files(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("files", out var value) || value.ValueKind != JsonValueKind.Object)
        {
            problems.Add("field 'files' must be an object mapping each file of the plugin to its SHA-256.");
            return null;
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in value.EnumerateObject())
        {
            if (!IsPlainRelativePath(file.Name))
            {
                problems.Add($"field 'files': '{file.Name}' must be a path inside the plugin folder, '/' separated.");
            }
            else if (file.Value.ValueKind != JsonValueKind.String || !Sha256Hex().IsMatch(file.Value.GetString()!))
            {
                problems.Add($"field 'files': the hash of '{file.Name}' must be 64 hexadecimal digits (SHA-256).");
            }
            else
            {
                files[file.Name] = file.Value.GetString()!;
            }
        }

        if (files.Count == 0 && problems.Count == 0)
        {
            problems.Add("field 'files' lists no file.");
        }

        return files;
    }

    private static bool IsPlainRelativePath(string path) =>
        path.Length > 0
        && !path.Contains('\\', StringComparison.Ordinal)
        && !Path.IsPathRooted(path)
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
