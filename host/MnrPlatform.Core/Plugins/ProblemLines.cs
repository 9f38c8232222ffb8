namespace MnrPlatform.Core.Plugins;

/// <summary>
/// A plugin's reason or warning as the separate problems it holds, one per line: what the
/// conformance kit and <c>mnr plugins check</c> print, so that each problem stands on its own line.
/// </summary>
public static class ProblemLines
{
    /// <summary>The non-empty lines of <paramref name="text"/>, trimmed; a one-problem text gives one line.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>Every problem of <paramref name="plugin"/>, one per line: its reason's, then each warning's.</summary>
    public static IReadOnlyList<string> Of(InstalledPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        return [.. Split(plugin.Reason), .. plugin.Warnings.SelectMany(Split)];
    }
}
