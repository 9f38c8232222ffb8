namespace MnrPlatform.Core.Access;

/// <summary>
/// Unit-level data that belongs to one country (answers, phases, profile, exchange requests).
/// Queries of such rows go through <see cref="AccessScope.Restrict{T}"/>.
/// </summary>
public interface ICountryOwned
{
    /// <summary>The owning country (ISO 3166-1 alpha-3).</summary>
    string CountryIso3 { get; }
}
