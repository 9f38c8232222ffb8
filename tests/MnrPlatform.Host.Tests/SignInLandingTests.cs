using System.Net;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

/// <summary>Without a return address, the secretariat lands on its dashboard and everyone else on the overview.</summary>
public sealed class SignInLandingTests(SignInLandingTests.Fixture fixture) : IClassFixture<SignInLandingTests.Fixture>
{
    public sealed class Fixture : DemoPlatformFactory;

    [Theory]
    [InlineData(Roles.Administrator, "/secretariat")]
    [InlineData(Roles.Analyst, "/secretariat")]
    [InlineData(Roles.FocalPoint, "/")]
    [InlineData(Roles.Viewer, "/")]
    public async Task Each_role_lands_on_its_home(string role, string expectedPath)
    {
        var client = fixture.CreateHttpsClient();

        using var response = await PlatformFactory.PostSignInAsync(client, DemoAccounts.All.Single(a => a.Role == role).Email, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expectedPath, new Uri(client.BaseAddress!, response.Headers.Location!).AbsolutePath);
    }
}
