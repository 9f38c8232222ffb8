using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The real host, started in-process on its own SQLite file in a temp folder. Environment is
/// Production unless a test asks otherwise, so tests see what users see (Secure cookies: clients
/// talk https to the in-process server). Plugins come from the test's bin/plugins folder (the six
/// domain plugins) unless a test names another folder there.
/// </summary>
public class PlatformFactory(string environment = "Production", string? dataPath = null, string pluginsFolder = "plugins") : WebApplicationFactory<Program>
{
    private readonly TempDirectory data = new();

    public string DataPath => dataPath ?? data.Path;

    /// <summary>Extra configuration, set before the host starts.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal)
    {
        // Tests sign in often; the rate limit has its own test.
        ["Accounts:SignInRateLimit:PermitLimit"] = "1000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Store:Provider", "Sqlite");
        builder.UseSetting("Store:DataPath", DataPath);
        builder.UseSetting("Plugins:Path", pluginsFolder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client on https (so Secure cookies flow) that does not follow redirects.</summary>
    public HttpClient CreateHttpsClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>Signs in through the real sign-in form and returns the client holding the session cookie.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = CreateHttpsClient();
        using var response = await PostSignInAsync(client, email, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>Posts the sign-in form (with a fresh antiforgery token) and returns the raw response.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var token = await TokenAsync(client, "/account/sign-in");
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);
    }

    /// <summary>The antiforgery token of the first form on <paramref name="path"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return AntiforgeryToken(html);
    }

    public static string AntiforgeryToken(string html)
    {
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("No antiforgery token in the page.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            data.Dispose();
        }
    }
}

/// <summary>The host in demo mode: one demo account per role.</summary>
public class DemoPlatformFactory : PlatformFactory
{
    public DemoPlatformFactory()
        : this("plugins")
    {
    }

    public DemoPlatformFactory(string pluginsFolder)
        : base(pluginsFolder: pluginsFolder) => Settings["Demo:Enabled"] = "true";

    /// <summary>Signs in as the demo account of <paramref name="role"/> through the real sign-in form.</summary>
    public Task<HttpClient> SignInAsAsync(string role) =>
        SignInAsync(DemoAccounts.All.Single(a => a.Role == role).Email, DemoAccounts.Password);
}
