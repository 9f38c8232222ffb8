using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Invitations;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The invitation link's page on the real host: a pending link sets the password and signs the
/// person in; used, revoked and unknown links get a page that says which and what to do (410), not an error.
/// </summary>
public sealed class InvitationPageTests(InvitationPageTests.Fixture fixture) : IClassFixture<InvitationPageTests.Fixture>
{
    public sealed class Fixture : PlatformFactory;

    private static readonly AccessScope Secretariat = AccessScope.For(PlatformPrincipal.System("test"));

    private async Task<InvitationIssued> InviteAsync(string email)
    {
        _ = fixture.Server;
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FocalPointInvitations>()
            .InviteAsync(Secretariat, new InvitationRequest(email, "KEN", null, null), new Uri("https://localhost/"), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task APendingLinkSetsThePasswordSignsInAndThenOnlySaysItWasUsed()
    {
        var issued = await InviteAsync("page.person@gov.test");
        var path = issued.Link.AbsolutePath;
        var client = fixture.CreateHttpsClient();
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("Set your password", page, StringComparison.Ordinal);
        Assert.Contains("page.person@gov.test", page, StringComparison.Ordinal);

        using var mismatch = await PostAsync(client, path, PlatformFactory.AntiforgeryToken(page), "a long enough password", "not the same password");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mismatch.StatusCode);
        Assert.Contains("the two passwords differ", await mismatch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var accepted = await PostAsync(client, path, PlatformFactory.AntiforgeryToken(page), "a long enough password", "a long enough password");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/", accepted.Headers.Location?.AbsolutePath);
        Assert.Contains(accepted.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mnr.session=", StringComparison.Ordinal));

        using var used = await fixture.CreateHttpsClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, used.StatusCode);
        var usedPage = await used.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("already used", usedPage, StringComparison.Ordinal);
        Assert.Contains("data-state=\"used\"", usedPage, StringComparison.Ordinal);

        // The new password signs in through the ordinary form.
        using var signIn = await PlatformFactory.PostSignInAsync(fixture.CreateHttpsClient(), "page.person@gov.test", "a long enough password");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task RevokedAndUnknownLinksGetAPageThatSaysWhichAndWhatToDo()
    {
        var issued = await InviteAsync("revoked.person@gov.test");
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FocalPointInvitations>().RevokeAsync(Secretariat, issued.InvitationId, TestContext.Current.CancellationToken);
        }

        var client = fixture.CreateHttpsClient();
        using var revoked = await client.GetAsync(new Uri(issued.Link.AbsolutePath, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, revoked.StatusCode);
        var revokedPage = await revoked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("withdrew this invitation", revokedPage, StringComparison.Ordinal);
        Assert.Contains("ask the secretariat for a new invitation", revokedPage, StringComparison.Ordinal);

        using var unknown = await client.GetAsync(new Uri("/invitation/no-such-secret", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, unknown.StatusCode);
        Assert.Contains("No invitation has this link", await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        await using var outboxScope = fixture.Services.CreateAsyncScope();
        var outbox = await outboxScope.ServiceProvider.GetRequiredService<OutboxReader>().NewestAsync(Secretariat, TestContext.Current.CancellationToken);
        Assert.False(outbox.SmtpConfigured);
        Assert.Contains(outbox.Messages, m => m.To == "revoked.person@gov.test" && m.Kind == "invitation");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string token, string password, string confirm)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "invitation",
            ["__RequestVerificationToken"] = token,
            ["Input.Password"] = password,
            ["Input.Confirm"] = confirm,
        });
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }
}
