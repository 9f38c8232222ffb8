using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The library's static pages on the demo data, with examples recorded, curated and consented to through
/// the services: each reader gets what the visibility rule lets them see, and nothing else.
/// </summary>
public sealed class PracticePagesTests(PracticePagesTests.Platform platform) : IClassFixture<PracticePagesTests.Platform>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_reader_sees_in_the_library_only_what_the_country_consented_to_show_them()
    {
        var open = await platform.SeedAsync("Public helpline example", ExampleVisibility.Public);
        var members = await platform.SeedAsync("Members-only helpline example", ExampleVisibility.Members);
        var unconsented = await platform.SeedAsync("Approved but not consented example", consent: null);

        var anonymous = await platform.CreateHttpsClient().GetStringAsync(new Uri("/practice", UriKind.Relative), Cancellation);
        Assert.Contains($"data-example=\"{open}\"", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-example=\"{members}\"", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-example=\"{unconsented}\"", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("Approved but not consented example", anonymous, StringComparison.Ordinal);

        var viewer = await platform.SignInAsAsync(Roles.Viewer);
        var signedIn = await viewer.GetStringAsync(new Uri("/practice", UriKind.Relative), Cancellation);
        Assert.Contains($"data-example=\"{open}\"", signedIn, StringComparison.Ordinal);
        Assert.Contains($"data-example=\"{members}\"", signedIn, StringComparison.Ordinal);
        Assert.DoesNotContain("Approved but not consented example", signedIn, StringComparison.Ordinal);

        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        var worklist = await analyst.GetStringAsync(new Uri("/practice/worklist", UriKind.Relative), Cancellation);
        Assert.Contains("Approved but not consented example", worklist, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_example_hidden_from_a_reader_is_not_found_at_its_address_and_its_curation_shows_only_to_its_people()
    {
        var members = await platform.SeedAsync("Members example for the page test", ExampleVisibility.Members);
        var unconsented = await platform.SeedAsync("Unconsented example for the page test", consent: null);

        using (var anonymous = await platform.CreateHttpsClient().GetAsync(new Uri($"/practice/{members}", UriKind.Relative), Cancellation))
        {
            Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        }

        var viewer = await platform.SignInAsAsync(Roles.Viewer);
        using (var hidden = await viewer.GetAsync(new Uri($"/practice/{unconsented}", UriKind.Relative), Cancellation))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var shown = await viewer.GetStringAsync(new Uri($"/practice/{members}", UriKind.Relative), Cancellation);
        Assert.Contains("Members example for the page test", shown, StringComparison.Ordinal);
        Assert.Contains("Kenya", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"example-facts\"", shown, StringComparison.Ordinal);

        var country = await platform.SignInAsAsync(Roles.FocalPoint);
        var own = await country.GetStringAsync(new Uri($"/practice/{unconsented}", UriKind.Relative), Cancellation);
        Assert.Contains("data-testid=\"example-facts\"", own, StringComparison.Ordinal);
        Assert.Contains("No consent stands for this version", own, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"review-example\"", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recording_asks_for_sign_in_and_the_navigation_offers_the_library_to_everyone()
    {
        using var anonymous = platform.CreateHttpsClient();
        using (var recording = await anonymous.GetAsync(new Uri("/practice/new", UriKind.Relative), Cancellation))
        {
            Assert.Equal(HttpStatusCode.Redirect, recording.StatusCode);
            Assert.Contains("/account/sign-in", recording.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        }

        var home = await anonymous.GetStringAsync(new Uri("/practice", UriKind.Relative), Cancellation);
        Assert.Contains("href=\"practice\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"new-example\"", home, StringComparison.Ordinal);

        var country = await platform.SignInAsAsync(Roles.FocalPoint);
        Assert.Contains("data-testid=\"new-example\"", await country.GetStringAsync(new Uri("/practice", UriKind.Relative), Cancellation), StringComparison.Ordinal);
    }

    /// <summary>One demo platform for the class, with a way to put examples in it through the services.</summary>
    public sealed class Platform : DemoPlatformFactory
    {
        /// <summary>
        /// Kenya's focal point records and submits an example for the child helpline; the secretariat
        /// approves it proposing public visibility; the country consents at <paramref name="consent"/> (none when null).
        /// </summary>
        public async Task<int> SeedAsync(string title, ExampleVisibility? consent)
        {
            var country = await ScopeOfAsync(Roles.FocalPoint);
            var secretariat = await ScopeOfAsync(Roles.Analyst);
            await using var scope = Services.CreateAsyncScope();
            var examples = scope.ServiceProvider.GetRequiredService<PracticeExamples>();
            var draft = new ExampleDraft("child-helpline", title, "A free national helpline for children.", "More calls", null, null, 3, [], "Head of the helpline", null, false, "en");
            var id = await examples.CreateAsync(country, DemoAccounts.FocalPointCountry, draft, CancellationToken.None);
            await examples.SubmitAsync(country, id, CancellationToken.None);
            await examples.CurateAsync(secretariat, id, new ExampleCuration(["helplines"], ExampleVisibility.Public, Approve: true), CancellationToken.None);
            if (consent is { } visibility)
            {
                await examples.ConsentAsync(country, id, 1, visibility, CancellationToken.None);
            }

            return id;
        }

        private async Task<AccessScope> ScopeOfAsync(string role)
        {
            await using var scope = Services.CreateAsyncScope();
            var account = DemoAccounts.All.Single(a => a.Role == role);
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(account.Email)
                ?? throw new InvalidOperationException($"No demo account {account.Email}.");
            return AccessScope.For(new PlatformPrincipal(user.Id, account.Email, [role], user.CountryIso3));
        }
    }
}
