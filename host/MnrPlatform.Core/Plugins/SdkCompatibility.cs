namespace MnrPlatform.Core.Plugins;

/// <summary>
/// Whether a plugin's declared SDK range (plugin.json's <c>sdk</c>, from the build property
/// <c>PluginSdkRange</c>) admits the SDK this host provides; if not, the reason speaks to both
/// people who can act on it: the installer (which build of the plugin to install, or which host)
/// and the author (what to rebuild against and which property to change).
/// </summary>
public static class SdkCompatibility
{
    /// <summary>The package a plugin compiles against.</summary>
    public const string SdkPackage = "MnrPlatform.Sdk";

    /// <summary>The build property that sets the plugin's SDK range.</summary>
    public const string RangeProperty = "PluginSdkRange";

    /// <summary>Why a plugin declaring <paramref name="range"/> cannot load in a host providing <paramref name="host"/>; null when it can.</summary>
    public static string? Refusal(VersionRange range, SemanticVersion host)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(host);
        if (range.Contains(host))
        {
            return null;
        }

        var hostSeries = $"SDK {host.Major}.x";
        var claim = $"It supports SDK {range}, but this host provides SDK {host}.";
        return StartsAbove(range, host)
            ? $"{claim} Installer: install a version of the plugin built for {hostSeries}, or a host that provides SDK {range.Minimum} or later. " +
              $"Author: if the plugin uses nothing newer than SDK {host}, build it against {SdkPackage} {host} and start {RangeProperty} at {host}."
            : $"{claim} Installer: install a version of the plugin built for {hostSeries}. " +
              $"Author: rebuild against {SdkPackage} {host} and set {RangeProperty} to include it, or leave it unset (its default runs from the SDK the plugin compiles against to the next major).";
    }

    // The plugin needs a newer SDK than the host has, rather than being built for an older one.
    private static bool StartsAbove(VersionRange range, SemanticVersion host) =>
        range.Minimum > host || (range.Minimum == host && !range.IncludesMinimum);
}
