using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Data.Email;

/// <summary>A person a message goes to and the language they chose (English when they chose none).</summary>
/// <param name="Email">The address.</param>
/// <param name="Culture">One of <see cref="EmailLanguage.All"/>.</param>
public sealed record EmailRecipient(string Email, string Culture);

/// <summary>Whom a country's messages go to: its focal points (role FocalPoint, that country, not disabled).</summary>
public sealed class FocalPointDirectory(MnrDbContext db)
{
    /// <summary>The focal points of each of <paramref name="countries"/>, with their language, by country.</summary>
    public async Task<ILookup<string, EmailRecipient>> RecipientsByCountryAsync(IEnumerable<string> countries, CancellationToken cancellationToken)
    {
        var wanted = countries.Distinct(StringComparer.Ordinal).ToList();
        var rows = await (from u in db.Users
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where r.Name == Roles.FocalPoint && u.DisabledAt == null && u.Email != null
                                && u.CountryIso3 != null && wanted.Contains(u.CountryIso3)
                          orderby u.Email
                          select new { Country = u.CountryIso3!, Email = u.Email!, u.PreferredCulture }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.Country, r => new EmailRecipient(r.Email, EmailLanguage.Normalize(r.PreferredCulture)), StringComparer.Ordinal);
    }

    /// <summary>The focal points of <paramref name="countryIso3"/>, with their language.</summary>
    public async Task<IReadOnlyList<EmailRecipient>> RecipientsAsync(string countryIso3, CancellationToken cancellationToken) =>
        [.. (await RecipientsByCountryAsync([countryIso3], cancellationToken))[countryIso3]];

    /// <summary>The e-mail addresses of the focal points of each of <paramref name="countries"/>, by country.</summary>
    public async Task<ILookup<string, string>> EmailsByCountryAsync(IEnumerable<string> countries, CancellationToken cancellationToken) =>
        (await RecipientsByCountryAsync(countries, cancellationToken)).SelectMany(g => g.Select(r => (g.Key, r.Email))).ToLookup(x => x.Key, x => x.Email, StringComparer.Ordinal);

    /// <summary>The e-mail addresses of the focal points of <paramref name="countryIso3"/>.</summary>
    public async Task<IReadOnlyList<string>> EmailsAsync(string countryIso3, CancellationToken cancellationToken) =>
        [.. (await RecipientsAsync(countryIso3, cancellationToken)).Select(r => r.Email)];
}
