namespace MnrPlatform.Host.Web;

/// <summary>Return addresses after sign-in and sign-out stay on this site (no open redirect).</summary>
internal static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains("://", StringComparison.Ordinal);

    public static string OrHome(string? url) => Or(url, "/");

    /// <summary><paramref name="url"/> when it is local, else <paramref name="fallback"/>.</summary>
    public static string Or(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}
