using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace MnrPlatform.Data.Accounts.Tokens;

/// <summary>
/// The text of a personal access token: <c>mnr_pat_</c> and 32 random bytes in base64url. Only its
/// SHA-256 is stored; a short prefix is kept in clear so that lists can tell tokens apart.
/// </summary>
public static class AccessTokenSecret
{
    /// <summary>What every token starts with (lets secret scanners recognise a leaked one).</summary>
    public const string Marker = "mnr_pat_";

    /// <summary>How many characters of a token are kept in clear.</summary>
    public const int PrefixLength = 12;

    /// <summary>A new random token.</summary>
    public static string New() => Marker + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored hash of <paramref name="secret"/>: SHA-256, lower-case hex.</summary>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The part kept in clear.</summary>
    public static string Prefix(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return secret[..Math.Min(PrefixLength, secret.Length)];
    }

    /// <summary>True when <paramref name="text"/> has the shape of a token (checked before any lookup).</summary>
    public static bool LooksLikeToken(string? text) =>
        text is { Length: > 8 and < 100 } && text.StartsWith(Marker, StringComparison.Ordinal);
}
