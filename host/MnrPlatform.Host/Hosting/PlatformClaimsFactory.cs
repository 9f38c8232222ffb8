using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Hosting;

/// <summary>The sign-in cookie carries the user's roles, for a focal point the country, and the language they chose.</summary>
internal sealed class PlatformClaimsFactory(UserManager<PlatformUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PlatformUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.CountryIso3 is not null)
        {
            identity.AddClaim(new Claim(PlatformPrincipal.CountryClaim, user.CountryIso3));
        }

        if (user.PreferredCulture is not null)
        {
            identity.AddClaim(new Claim(Localization.PlatformCultures.Claim, user.PreferredCulture));
        }

        return identity;
    }
}
