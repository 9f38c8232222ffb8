namespace MnrPlatform.Core.Plugins;

/// <summary>The <c>Plugins</c> configuration section.</summary>
public sealed class PluginOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Plugins";

    /// <summary>The folder holding one sub-folder per plugin; relative paths start at the application's folder.</summary>
    public string Path { get; set; } = "plugins";

    /// <summary>Ids of plugins not to load, e.g. <c>Plugins__Disabled__0=mnrplatform.domains.media</c>.</summary>
    public IList<string> Disabled { get; } = [];

    /// <summary>
    /// Development only (ignored elsewhere): reload a plugin whose folder changed, e.g. an author's
    /// rebuild copied or renamed into place, and serve new requests the new catalog without a restart.
    /// </summary>
    public bool Watch { get; set; }
}
