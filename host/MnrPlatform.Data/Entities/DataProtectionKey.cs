namespace MnrPlatform.Data.Entities;

/// <summary>
/// A key of ASP.NET Core data protection (it signs antiforgery tokens and sign-in cookies).
/// Keys live in the database so every host instance shares them and they survive restarts.
/// </summary>
public sealed class DataProtectionKey
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The name data protection gives the key.</summary>
    public string? FriendlyName { get; set; }

    /// <summary>The key's XML element, as data protection wrote it.</summary>
    public required string Xml { get; set; }
}
