using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Entities;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Hosting.Tokens;
using MnrPlatform.Host.Web;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// Accounts: ASP.NET Core Identity on the platform's store, cookie sign-in, the authorization
/// policies, and the <see cref="AccessScope"/> of each request (built from the signed-in user,
/// handed to every query).
/// </summary>
internal static class AccountsHostingExtensions
{
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<PlatformUser, IdentityRole>(AccountRules.Configure)
            .AddEntityFrameworkStores<MnrDbContext>()
            .AddSignInManager<PlatformSignInManager>()
            .AddClaimsPrincipalFactory<PlatformClaimsFactory>();
        services.AddMnrAccountService();
        services.AddAccessTokenAuthentication();
        services.Configure<AccountsOptions>(builder.Configuration.GetSection(AccountsOptions.SectionName));
        services.Configure<DisclosureOptions>(builder.Configuration.GetSection(DisclosureOptions.SectionName));

        // Role changes and disabling update the security stamp; sessions notice within this interval.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o => AccountCookies.Configure(o, builder.Environment));
        // Wraps the sign-in cookie's ticket format once Identity has set it up.
        services.AddMemoryCache();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IMemoryCache>((options, memory) => options.TicketDataFormat = new RememberedTickets(options.TicketDataFormat, memory));
        services.AddAuthorization(AccessPolicies.Configure);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, UnmatchedRequestsPassThrough>();

        services.AddHttpContextAccessor();
        services.AddCircuitUsers(builder.Configuration);
        return builder;
    }

    /// <summary>Authentication, authorization and the sign-in rate limit, after static files and before antiforgery.</summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Roles, demo accounts and the first administrator from configuration.</summary>
    public static async Task SeedAccountsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var seeding = new AccountSeeding(
            scope.ServiceProvider.GetRequiredService<AccountService>(),
            scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>(),
            scope.ServiceProvider.GetRequiredService<MnrPlatform.Data.MnrDbContext>(),
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MnrPlatform.Accounts"));
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountsOptions>>().Value;
        await seeding.RunAsync(options, app.Configuration.GetValue<bool>(DemoAccounts.EnabledSetting), app.Lifetime.ApplicationStopping);
    }
}
