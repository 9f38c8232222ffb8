using System.Globalization;
using System.Text;

namespace MnrPlatform.Core.Plugins;

/// <summary>
/// Watches a plugins folder for an author's rebuild (Plugins:Watch) and calls back once the folder
/// has changed and then stayed quiet for a while. It compares a fingerprint of the whole folder
/// (every file's path, size and write time, and each plugin.json's text) on file-system events and
/// on a poll, so an atomic rename of a plugin folder or of a dll is seen as well as a write
/// (McMaster's own watcher looks only at writes of *.dll in one folder).
/// </summary>
public sealed class PluginFolderWatcher : IDisposable
{
    private readonly string folder;
    private readonly Action changed;
    private readonly TimeSpan poll;
    private readonly TimeSpan quiet;
    private readonly Timer timer;
    private readonly FileSystemWatcher? events;
    private readonly Lock gate = new();
    private readonly Lock ticking = new();
    private string seen;
    private string? settling;
    private bool disposed;

    /// <summary>Starts watching <paramref name="folder"/>; <paramref name="changed"/> runs on a timer thread, never twice at once.</summary>
    /// <param name="folder">The plugins folder (one sub-folder per plugin).</param>
    /// <param name="changed">What to do once a change has settled.</param>
    /// <param name="poll">How often to look without an event.</param>
    /// <param name="quiet">How long the folder must stay unchanged before <paramref name="changed"/> runs.</param>
    public PluginFolderWatcher(string folder, Action changed, TimeSpan poll, TimeSpan quiet)
    {
        this.folder = folder;
        this.changed = changed;
        this.poll = poll;
        this.quiet = quiet;
        seen = Fingerprint(folder);
        timer = new Timer(_ => Tick(), null, poll, poll);
        if (Directory.Exists(folder))
        {
            events = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            events.Changed += (_, _) => Soon();
            events.Created += (_, _) => Soon();
            events.Deleted += (_, _) => Soon();
            events.Renamed += (_, _) => Soon();
            events.Error += (_, _) => Soon();
            events.EnableRaisingEvents = true;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
        }

        events?.Dispose();
        timer.Dispose();
    }

    private void Soon()
    {
        lock (gate)
        {
            if (!disposed)
            {
                timer.Change(quiet, poll);
            }
        }
    }

    private void Tick()
    {
        if (!ticking.TryEnter())
        {
            return; // a reload is running; the next tick looks again
        }

        try
        {
            var now = Fingerprint(folder);
            if (now == seen)
            {
                settling = null;
                return;
            }

            if (now != settling)
            {
                // Changed since the last look: wait until it has been quiet for a while.
                settling = now;
                Soon();
                return;
            }

            seen = now;
            settling = null;
            changed();
        }
        finally
        {
            ticking.Exit();
        }
    }

    private static string Fingerprint(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "";
        }

        var text = new StringBuilder();
        try
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}\n");
                if (file.Name == PluginManifest.FileName)
                {
                    text.Append(File.ReadAllText(file.FullName)).Append('\n');
                }
            }
        }
        catch (IOException)
        {
            return Guid.NewGuid().ToString(); // moving under our feet: not settled yet
        }

        return text.ToString();
    }
}
