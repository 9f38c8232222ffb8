using Microsoft.AspNetCore.Identity;

namespace MnrPlatform.Data.Entities;

/// <summary>
/// A person who signs in (ASP.NET Core Identity user). The user name is the e-mail address. A
/// user holds one role (see <c>MnrPlatform.Core.Access.Roles</c>); a focal point is bound to one
/// country.
/// </summary>
public sealed class PlatformUser : IdentityUser
{
    /// <summary>The largest length of <see cref="CountryIso3"/>.</summary>
    public const int CountryLength = 3;

    /// <summary>The largest length of <see cref="PreferredCulture"/>.</summary>
    public const int CultureLength = 16;

    /// <summary>
    /// A focal point's country as an ISO 3166-1 alpha-3 code; null for every other role. A plain
    /// column for now: it becomes a foreign key once the countries reference table exists.
    /// </summary>
    public string? CountryIso3 { get; set; }

    /// <summary>
    /// The language the user chose for the platform's pages, as a culture name ("fr", "ar"); null
    /// until they choose one (the language cookie or the browser's languages decide then).
    /// </summary>
    public string? PreferredCulture { get; set; }

    /// <summary>A demo account (its password is shown on the sign-in page); disabled when demo mode is off.</summary>
    public bool IsDemo { get; set; }

    /// <summary>When the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When an administrator disabled the account; a disabled account cannot sign in.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
