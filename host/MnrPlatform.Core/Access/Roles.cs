namespace MnrPlatform.Core.Access;

/// <summary>
/// The platform's roles. A user holds one; what each role may do is <see cref="PermissionsOf"/>,
/// and <see cref="AccessScope"/> turns a signed-in user into what they may read and write.
/// </summary>
public static class Roles
{
    /// <summary>Users, plugins and settings; also a member of the secretariat.</summary>
    public const string Administrator = nameof(Administrator);

    /// <summary>The Alliance secretariat: every country's answers, validation, unsuppressed results.</summary>
    public const string Analyst = nameof(Analyst);

    /// <summary>A country's focal point: that one country's questionnaire, profile and exchange requests.</summary>
    public const string FocalPoint = nameof(FocalPoint);

    /// <summary>Aggregated, suppressed results only.</summary>
    public const string Viewer = nameof(Viewer);

    /// <summary>Every role, from the most to the least powerful.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, Analyst, FocalPoint, Viewer];

    /// <summary>True for one of <see cref="All"/> (exact spelling).</summary>
    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>What a role may do; an unknown role may do nothing.</summary>
    public static Permissions PermissionsOf(string? role) => role switch
    {
        Administrator => Permissions.All,
        Analyst => Permissions.ReadAggregates | Permissions.ReadAllCountries | Permissions.WriteAllCountries,
        FocalPoint => Permissions.ReadAggregates | Permissions.ReadOwnCountry | Permissions.WriteOwnCountry,
        Viewer => Permissions.ReadAggregates,
        _ => Permissions.None,
    };

    /// <summary>A sentence for pages: what the role is for.</summary>
    public static string Describe(string role) => role switch
    {
        Administrator => "Manages users, plugins and settings; sees what the secretariat sees.",
        Analyst => "Secretariat: every country's answers, validation, results without suppression.",
        FocalPoint => "One country: its own questionnaire, profile and exchange requests; aggregates.",
        Viewer => "Aggregated results only, with small cells suppressed.",
        _ => "Unknown role.",
    };

    /// <summary>True when the role is bound to one country.</summary>
    public static bool IsCountryBound(string? role) => role == FocalPoint;
}
