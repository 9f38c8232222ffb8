namespace MnrPlatform.Core.Plugins;

/// <summary>Where a plugin stands after the host tried to load it.</summary>
public enum PluginStatus
{
    /// <summary>Loaded and validated; its content is in the catalog.</summary>
    Active,

    /// <summary>Refused before any of its code ran: its manifest is malformed, out of SDK range, a duplicate, or fails its hashes.</summary>
    Incompatible,

    /// <summary>Its code failed to load, to configure, or to pass the content rules.</summary>
    Faulted,

    /// <summary>Switched off by configuration (<c>Plugins:Disabled</c>).</summary>
    Disabled,
}
