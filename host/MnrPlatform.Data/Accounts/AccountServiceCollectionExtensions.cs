using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MnrPlatform.Data.Accounts.Tokens;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Accounts;

/// <summary>Registers accounts and the audit log on top of a registered store.</summary>
public static class AccountServiceCollectionExtensions
{
    /// <summary>
    /// The account services without sign-in (for the command line); the web host adds cookies and
    /// sign-in on top with <c>AddIdentity</c>.
    /// </summary>
    public static IdentityBuilder AddMnrAccountsCore(this IServiceCollection services) =>
        services.AddMnrAccountService()
            .AddIdentityCore<PlatformUser>(AccountRules.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MnrDbContext>();

    /// <summary>
    /// <see cref="AccountService"/> and the audit log, for a caller that registers Identity itself
    /// (<see cref="AddMnrAccountsCore"/>, or the web host's <c>AddIdentity</c>).
    /// </summary>
    public static IServiceCollection AddMnrAccountService(this IServiceCollection services)
    {
        services.AddMnrAudit();
        services.AddScoped<AccountService>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AccessTokens>();
        return services;
    }

    /// <summary>The audit log and the audited reader of unit-level data.</summary>
    public static IServiceCollection AddMnrAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<UnitDataReader>();
        return services;
    }
}
