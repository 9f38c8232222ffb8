using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Data.Email;

/// <summary>Whom a country's messages go to: its focal points (role FocalPoint, that country, not disabled).</summary>
public sealed class FocalPointDirectory(MnrDbContext db)
{
    /// <summary>The e-mail addresses of the focal points of each of <paramref name="countries"/>, by country.</summary>
    public async Task<ILookup<string, string>> EmailsByCountryAsync(IEnumerable<string> countries, CancellationToken cancellationToken)
    {
        var wanted = countries.Distinct(StringComparer.Ordinal).ToList();
        var rows = await (from u in db.Users
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where r.Name == Roles.FocalPoint && u.DisabledAt == null && u.Email != null
                                && u.CountryIso3 != null && wanted.Contains(u.CountryIso3)
                          orderby u.Email
                          select new { Country = u.CountryIso3!, Email = u.Email! }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.Country, r => r.Email, StringComparer.Ordinal);
    }

    /// <summary>The e-mail addresses of the focal points of <paramref name="countryIso3"/>.</summary>
    public async Task<IReadOnlyList<string>> EmailsAsync(string countryIso3, CancellationToken cancellationToken) =>
        [.. (await EmailsByCountryAsync([countryIso3], cancellationToken))[countryIso3]];
}
