using System.CommandLine;
using Microsoft.Extensions.Configuration;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Data;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Surveys.Instruments;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// Where a command finds the domain plugins whose catalog it needs, as the host does: the
/// environment variables <c>Plugins__Path</c> (relative to mnr's folder; default the
/// <c>plugins</c> folder the build deploys next to mnr) and <c>Plugins__Disabled__N</c>, with
/// <c>--plugins</c> overriding the path.
/// </summary>
internal sealed class PluginArguments
{
    public Option<DirectoryInfo?> Folder { get; } = new("--plugins")
    {
        Description = "The plugins folder (one sub-folder per plugin). Default: Plugins__Path, else the plugins folder next to mnr.",
    };

    public void AddTo(Command command) => command.Options.Add(Folder);

    /// <summary>
    /// The catalog of the active plugins; problems with single plugins are written to the error
    /// output as warnings. Null, after writing the error, when no plugin is active.
    /// </summary>
    public async Task<FrameworkCatalog?> LoadCatalogAsync(ParseResult parse)
    {
        var error = parse.InvocationConfiguration.Error;
        var options = new ConfigurationBuilder().AddEnvironmentVariables().Build()
            .GetSection(PluginOptions.SectionName).Get<PluginOptions>() ?? new PluginOptions();
        var folder = parse.GetValue(Folder)?.FullName ?? Path.GetFullPath(options.Path, AppContext.BaseDirectory);
        var plugins = new PluginLoader(new ErrorStreamLogger<PluginLoader>(error)).LoadAll(folder, options.Disabled);
        if (!plugins.Any(p => p.IsActive))
        {
            await error.WriteLineAsync($"error: no domain plugin is active in {folder}; see `mnr plugins check {folder}`, or point --plugins (or Plugins__Path) at the plugins folder.");
            return null;
        }

        return new FrameworkCatalog(plugins);
    }

    /// <summary>
    /// <see cref="LoadCatalogAsync"/>, then the plugins' instrument declarations synced into
    /// <paramref name="db"/> (as the host does at start), so commands that name instruments find them.
    /// </summary>
    public async Task<FrameworkCatalog?> LoadCatalogAndInstrumentsAsync(ParseResult parse, MnrDbContext db, CancellationToken cancellationToken)
    {
        if (await LoadCatalogAsync(parse) is not { } catalog)
        {
            return null;
        }

        await new InstrumentDirectory(db, catalog, new AuditLog(db), TimeProvider.System).SyncDeclaredAsync(cancellationToken);
        return catalog;
    }
}
