using System.Linq.Expressions;
using MnrPlatform.Core.Disclosure;

namespace MnrPlatform.Core.Access;

/// <summary>How much of the data a scope may see.</summary>
public enum ScopeLevel
{
    /// <summary>Nobody signed in: aggregates with small cells suppressed.</summary>
    Anonymous,

    /// <summary>A viewer: aggregates with small cells suppressed.</summary>
    Aggregates,

    /// <summary>A focal point: its own country's unit-level data, and suppressed aggregates.</summary>
    Country,

    /// <summary>The secretariat: every country's unit-level data (reads audited), unsuppressed results.</summary>
    Secretariat,
}

/// <summary>
/// The one place that decides what a user may read and write. Every query of country data takes a
/// scope: unit-level rows go through <see cref="Restrict{T}"/> (or <see cref="CanRead"/>),
/// aggregates through <see cref="DisclosureRule"/>; pages and endpoints never filter on their own.
/// </summary>
public sealed class AccessScope
{
    private AccessScope(ScopeLevel level, PlatformPrincipal actor, string? countryIso3)
    {
        Level = level;
        Actor = actor;
        CountryIso3 = countryIso3;
    }

    /// <summary>The scope of someone not signed in.</summary>
    public static AccessScope Anonymous { get; } = new(ScopeLevel.Anonymous, PlatformPrincipal.Anonymous, null);

    /// <summary>
    /// The scope of <paramref name="principal"/>: secretariat when it may read every country, a
    /// country when it is a focal point bound to a valid country, aggregates when it may read
    /// aggregates, otherwise anonymous. A focal point without a country gets aggregates only.
    /// </summary>
    public static AccessScope For(PlatformPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Has(Permissions.ReadAllCountries))
        {
            return new AccessScope(ScopeLevel.Secretariat, principal, null);
        }

        if (principal.Has(Permissions.ReadOwnCountry) && principal.CountryIso3 is not null)
        {
            return new AccessScope(ScopeLevel.Country, principal, principal.CountryIso3);
        }

        return principal.Has(Permissions.ReadAggregates)
            ? new AccessScope(ScopeLevel.Aggregates, principal, null)
            : new AccessScope(ScopeLevel.Anonymous, principal, null);
    }

    /// <summary>How much this scope may see.</summary>
    public ScopeLevel Level { get; }

    /// <summary>Who acts under this scope (for the audit log).</summary>
    public PlatformPrincipal Actor { get; }

    /// <summary>The one country of a <see cref="ScopeLevel.Country"/> scope; null otherwise.</summary>
    public string? CountryIso3 { get; }

    /// <summary>True for the secretariat.</summary>
    public bool IsSecretariat => Level == ScopeLevel.Secretariat;

    /// <summary>The secretariat with the right to change any country's data (validation, imports, exchanges).</summary>
    public bool IsSecretariatWriter => IsSecretariat && Actor.Has(Permissions.WriteAllCountries);

    /// <summary>
    /// Named countries may be shown side by side (maps, lists, rankings) only to the secretariat:
    /// the Alliance never ranks named countries beyond it.
    /// </summary>
    public bool MayCompareNamedCountries => IsSecretariat;

    /// <summary>Unit-level reads by the secretariat are written to the audit log.</summary>
    public bool AuditsUnitReads => IsSecretariat;

    /// <summary>True when this scope may read the unit-level data of <paramref name="countryIso3"/>.</summary>
    public bool CanRead(string countryIso3) =>
        IsSecretariat || (Level == ScopeLevel.Country && string.Equals(CountryIso3, countryIso3, StringComparison.Ordinal));

    /// <summary>
    /// True when this scope may change the unit-level data of <paramref name="countryIso3"/>: its own
    /// focal point, or the secretariat (validation); never a viewer or anonymous.
    /// </summary>
    public bool CanWrite(string countryIso3) =>
        IsSecretariatWriter
        || (Level == ScopeLevel.Country && Actor.Has(Permissions.WriteOwnCountry)
            && string.Equals(CountryIso3, countryIso3, StringComparison.Ordinal));

    /// <summary>Throws <see cref="AccessDeniedException"/> unless <see cref="CanRead"/>.</summary>
    public void DemandRead(string countryIso3)
    {
        if (!CanRead(countryIso3))
        {
            throw new AccessDeniedException($"{Actor.Name} may not read the data of {countryIso3}.");
        }
    }

    /// <summary>Throws <see cref="AccessDeniedException"/> unless <see cref="CanWrite"/>.</summary>
    public void DemandWrite(string countryIso3)
    {
        if (!CanWrite(countryIso3))
        {
            throw new AccessDeniedException($"{Actor.Name} may not change the data of {countryIso3}.");
        }
    }

    /// <summary>
    /// Keeps only the rows this scope may read: all for the secretariat, the own country's for a
    /// focal point, none otherwise. Translates to SQL (EF Core) as a plain WHERE.
    /// </summary>
    public IQueryable<T> Restrict<T>(IQueryable<T> source)
        where T : ICountryOwned
    {
        ArgumentNullException.ThrowIfNull(source);
        return Level switch
        {
            ScopeLevel.Secretariat => source,
            ScopeLevel.Country => source.Where(OwnedBy<T>(CountryIso3!)),
            _ => source.Where(_ => false),
        };
    }

    /// <summary>The suppression aggregates get in this scope: none for the secretariat, k otherwise.</summary>
    public DisclosureRule DisclosureRule(DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IsSecretariat ? Disclosure.DisclosureRule.Unrestricted : Disclosure.DisclosureRule.SmallCells(options.MinimumCellSize);
    }

    /// <inheritdoc />
    public override string ToString() => Level == ScopeLevel.Country ? $"{Level}({CountryIso3})" : Level.ToString();

    private static Expression<Func<T, bool>> OwnedBy<T>(string country)
        where T : ICountryOwned => row => row.CountryIso3 == country;
}
