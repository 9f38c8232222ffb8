namespace MnrPlatform.Core.Plugins;

/// <summary>
/// Checks the instruments questions name against the instruments the active plugins declare
/// (SDK 1.2): a question naming an instrument no plugin declares gets a warning on its plugin.
/// </summary>
public static class UndeclaredInstruments
{
    /// <summary>
    /// <paramref name="plugins"/> with a warning added to each active plugin for every instrument its
    /// questions name that no active plugin declares.
    /// </summary>
    public static IReadOnlyList<InstalledPlugin> Warn(IReadOnlyList<InstalledPlugin> plugins)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        var declared = plugins.Where(p => p.IsActive)
            .SelectMany(p => p.Content!.Instruments.Select(i => i.Code))
            .ToHashSet(StringComparer.Ordinal);
        return [.. plugins.Select(plugin => plugin.IsActive && Warnings(plugin, declared) is { Count: > 0 } warnings
            ? plugin with { Warnings = [.. plugin.Warnings, .. warnings] }
            : plugin)];
    }

    private static List<string> Warnings(InstalledPlugin plugin, HashSet<string> declared) =>
        [.. plugin.Content!.Questions
            .SelectMany(q => q.Instruments.Select(code => (code, q.Id)))
            .Where(x => !declared.Contains(x.code))
            .GroupBy(x => x.code, StringComparer.Ordinal)
            .Select(g => $"Its question(s) {string.Join(", ", g.Select(x => $"'{x.Id}'").Take(3))}{(g.Count() > 3 ? $" and {g.Count() - 3} more" : "")} name instrument '{g.Key}', which no plugin declares. Declare it with IDomainBuilder.Instrument (SDK 1.2) or correct the code.")];
}
