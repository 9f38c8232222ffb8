using Microsoft.EntityFrameworkCore;

namespace MnrPlatform.Data.Reference;

/// <summary>A country as selectors show it.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">Short name.</param>
public sealed record CountryChoice(string Iso3, string Name);

/// <summary>The countries of the reference data, for selectors (reference data only, no answers).</summary>
public sealed class CountryDirectory(MnrDbContext db)
{
    /// <summary>Every country, by name.</summary>
    public async Task<IReadOnlyList<CountryChoice>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await db.Countries.AsNoTracking().Select(c => new CountryChoice(c.Iso3, c.Name)).ToListAsync(cancellationToken))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)];
}
