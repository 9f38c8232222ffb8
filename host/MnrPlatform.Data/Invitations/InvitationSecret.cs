using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace MnrPlatform.Data.Invitations;

/// <summary>The secret of an invitation link: 32 random bytes, URL-safe; only its SHA-256 is stored.</summary>
public static class InvitationSecret
{
    /// <summary>A fresh secret and the hash to store.</summary>
    public static (string Secret, string Hash) Create()
    {
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (secret, Hash(secret));
    }

    /// <summary>The lower-case hex SHA-256 of <paramref name="secret"/>.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>The outbox key of the e-mail carrying the link whose secret hashes to <paramref name="hash"/>.</summary>
    public static string EmailKey(string hash) => $"invitation:{hash}";

    /// <summary>The link's address under <paramref name="linkBase"/>.</summary>
    public static Uri Link(Uri linkBase, string secret)
    {
        ArgumentNullException.ThrowIfNull(linkBase);
        var root = linkBase.AbsoluteUri.EndsWith('/') ? linkBase : new Uri(linkBase.AbsoluteUri + "/");
        return new Uri(root, $"invitation/{secret}");
    }
}
