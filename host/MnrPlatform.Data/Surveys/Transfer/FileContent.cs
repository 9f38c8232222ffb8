using System.Security.Cryptography;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>A file's bytes, read with a size limit, and their SHA-256.</summary>
public sealed class FileContent
{
    private FileContent(byte[] bytes, int length)
    {
        Bytes = bytes.AsMemory(0, length);
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(Bytes.Span));
    }

    /// <summary>The bytes.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>SHA-256 of the bytes, lower-case hex (written to the audit log).</summary>
    public string Sha256 { get; }

    /// <summary>
    /// Reads <paramref name="stream"/> to its end, or returns null as soon as it holds more than
    /// <paramref name="maxBytes"/> (a seekable stream's length is checked before reading anything).
    /// </summary>
    public static async Task<FileContent?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return null;
        }

        var buffer = new byte[stream.CanSeek ? (int)Math.Max(1, stream.Length - stream.Position) : 81920];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > maxBytes)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min(Array.MaxLength, Math.Max(buffer.Length * 2L, 81920)));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > maxBytes)
            {
                return null;
            }
        }

        return new FileContent(buffer, length);
    }
}
