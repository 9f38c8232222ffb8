using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>
/// Two examples in a fresh demo platform, recorded through the services, for the library's page visits:
/// <see cref="Published"/> (Kenya's, approved and consented to public display) and <see cref="Draft"/>
/// (Kenya's draft, seen only by its focal point and the secretariat).
/// </summary>
internal static class PracticeSeed
{
    /// <summary>The published example's id in a fresh store.</summary>
    public const int Published = 1;

    /// <summary>The draft's id in a fresh store.</summary>
    public const int Draft = 2;

    private static readonly ConditionalWeakTable<DemoPlatformFactory, Task> Seeded = [];

    /// <summary>Seeds the two examples once per platform.</summary>
    public static Task EnsureAsync(DemoPlatformFactory platform)
    {
        lock (Seeded)
        {
            return Seeded.GetValue(platform, SeedAsync);
        }
    }

    private static async Task SeedAsync(DemoPlatformFactory platform)
    {
        var country = await ScopeOfAsync(platform, Roles.FocalPoint);
        var secretariat = await ScopeOfAsync(platform, Roles.Analyst);
        await using var scope = platform.Services.CreateAsyncScope();
        var examples = scope.ServiceProvider.GetRequiredService<PracticeExamples>();
        var published = await examples.CreateAsync(country, DemoAccounts.FocalPointCountry, Text("A free national child helpline"), CancellationToken.None);
        await examples.SubmitAsync(country, published, CancellationToken.None);
        await examples.CurateAsync(secretariat, published, new ExampleCuration(["helplines"], ExampleVisibility.Public, Approve: true), CancellationToken.None);
        await examples.ConsentAsync(country, published, 1, ExampleVisibility.Public, CancellationToken.None);
        var draft = await examples.CreateAsync(country, DemoAccounts.FocalPointCountry, Text("Training for police on online grooming"), CancellationToken.None);
        if ((published, draft) != (Published, Draft))
        {
            throw new InvalidOperationException($"The seeded examples are {published} and {draft}, not {Published} and {Draft}: the store was not fresh.");
        }
    }

    private static ExampleDraft Text(string title) =>
        new("child-helpline", title, "What the country did, in its own words.", "More children reached", "Funding", "Start small", 3,
            ["https://www.example.org/report"], "Head of the helpline", null, false, "en");

    /// <summary>The access scope of the demo account of <paramref name="role"/>, as the services take it.</summary>
    public static async Task<AccessScope> ScopeOfAsync(DemoPlatformFactory platform, string role)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var account = DemoAccounts.All.Single(a => a.Role == role);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(account.Email)
            ?? throw new InvalidOperationException($"No demo account {account.Email}.");
        return AccessScope.For(new PlatformPrincipal(user.Id, account.Email, [role], user.CountryIso3));
    }
}
