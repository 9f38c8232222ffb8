using System.IO.Compression;

namespace MnrPlatform.Analytics.Runs;

/// <summary>
/// The stored form of a <see cref="ClusterModel"/>: one zip with two entries, the manifest
/// (<see cref="ManifestEntry"/>, JSON) and ML.NET's own model zip (<see cref="ModelEntry"/>). Every
/// entry, ML.NET's included, is written with a fixed time stamp, so the same trained model gives the
/// same bytes.
/// </summary>
internal static class ClusterModelFile
{
    public const string ManifestEntry = "manifest.json";

    public const string ModelEntry = "model.zip";

    // Zip time stamps start in 1980; any fixed instant will do.
    private static readonly DateTimeOffset Stamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Pack(byte[] manifest, byte[] model) =>
        Write([(ManifestEntry, manifest), (ModelEntry, model)]);

    /// <summary>The manifest and the ML.NET model of a stored model; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static (byte[] Manifest, byte[] Model) Unpack(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var entries = Read(bytes, "The cluster model");
        var unexpected = entries.Keys.Where(name => name is not (ManifestEntry or ModelEntry)).Order(StringComparer.Ordinal).ToList();
        if (unexpected.Count > 0)
        {
            throw new InvalidDataException($"The cluster model holds {string.Join(", ", unexpected)}; a cluster model holds only {ManifestEntry} and {ModelEntry}.");
        }

        return (Entry(entries, ManifestEntry), Entry(entries, ModelEntry));
    }

    /// <summary>ML.NET's model zip rewritten with fixed time stamps (same entries, same order, same content).</summary>
    public static byte[] Normalise(byte[] mlnetZip) => Write([.. Read(mlnetZip, "ML.NET's model").Select(e => (e.Key, e.Value))]);

    private static byte[] Entry(Dictionary<string, byte[]> entries, string name) =>
        entries.TryGetValue(name, out var content)
            ? content
            : throw new InvalidDataException($"The cluster model has no {name}: it is not a model written by ClusterModel.ToBytes.");

    // Entries in the zip's order (Dictionary keeps insertion order while nothing is removed).
    private static Dictionary<string, byte[]> Read(byte[] bytes, string what)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, content) in ReadZip(bytes, what))
        {
            if (!entries.TryAdd(name, content))
            {
                throw new InvalidDataException($"{what} holds {name} twice.");
            }
        }

        return entries;
    }

    private static List<(string Name, byte[] Content)> ReadZip(byte[] bytes, string what)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var entries = new List<(string, byte[])>();
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                using var content = new MemoryStream();
                stream.CopyTo(content);
                entries.Add((entry.FullName, content.ToArray()));
            }

            return entries;
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"{what} is not a readable zip ({error.Message}).", error);
        }
    }

    private static byte[] Write(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Stamp;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
