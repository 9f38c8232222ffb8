using System.IO.Compression;
using System.Text.Json;

namespace MnrPlatform.Host.Components.Countries;

/// <summary>
/// Data a prerender hands to the interactive render through <c>[PersistentState]</c>, as
/// brotli-compressed JSON. The state travels back from the browser in the circuit's first message,
/// which SignalR caps at 32 KB: a country's profile as plain JSON comes close to that, compressed it
/// is a few kilobytes.
/// </summary>
internal static class CarriedState
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The value, compressed and encoded for the page's persisted state.</summary>
    public static string Pack<T>(T value)
    {
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.Optimal))
        {
            JsonSerializer.Serialize(brotli, value, Options);
        }

        return Convert.ToBase64String(packed.ToArray());
    }

    /// <summary>The value <see cref="Pack{T}"/> packed; default when nothing was carried.</summary>
    public static T? Unpack<T>(string? packed)
    {
        if (string.IsNullOrEmpty(packed))
        {
            return default;
        }

        using var brotli = new BrotliStream(new MemoryStream(Convert.FromBase64String(packed)), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(brotli, Options);
    }
}
