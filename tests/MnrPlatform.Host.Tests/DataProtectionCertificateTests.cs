using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// Data protection keys in the store, encrypted at rest with <c>DataProtection:Certificate</c>: the
/// stored XML holds no key material in clear, and a second host with the same store and certificate
/// reads the first host's sign-in cookies.
/// </summary>
public sealed class DataProtectionCertificateTests : IDisposable
{
    private const string Password = "certificate-password";
    private readonly TempDirectory folder = new();

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_a_second_host_reads_the_first_hosts_cookie()
    {
        var certificate = WriteCertificate("keys.pfx");
        using var first = Host(certificate);
        using var second = Host(certificate);

        var cookie = await SessionCookieAsync(first);

        var keys = StoredKeys();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });

        using var other = second.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var signedIn = new HttpRequestMessage(HttpMethod.Get, "/secretariat");
        signedIn.Headers.Add("Cookie", cookie);
        using var withCookie = await other.SendAsync(signedIn, TestContext.Current.CancellationToken);
        using var withoutCookie = await other.GetAsync(new Uri("/secretariat", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, withCookie.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withoutCookie.StatusCode);
    }

    [Fact]
    public async Task Without_a_certificate_the_keys_are_stored_as_before()
    {
        using var host = new PlatformFactory(dataPath: folder.Path) { Settings = { ["Demo:Enabled"] = "true" } };

        await SessionCookieAsync(host);

        Assert.All(StoredKeys(), xml => Assert.Contains("<value>", xml, StringComparison.Ordinal));
    }

    [Fact]
    public void A_certificate_file_that_is_missing_is_named_in_the_error()
    {
        var missing = Path.Combine(folder.Path, "missing.pfx");
        using var host = new PlatformFactory(dataPath: folder.Path) { Settings = { ["DataProtection:Certificate:Path"] = missing } };

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains($"DataProtection:Certificate:Path: there is no file {missing}", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private PlatformFactory Host(string certificate) => new(dataPath: folder.Path)
    {
        Settings =
        {
            ["Demo:Enabled"] = "true",
            ["DataProtection:Certificate:Path"] = certificate,
            ["DataProtection:Certificate:Password"] = Password,
        },
    };

    private static async Task<string> SessionCookieAsync(PlatformFactory host)
    {
        using var client = host.CreateHttpsClient();
        var analyst = DemoAccounts.All.Single(a => a.Role == Roles.Analyst);
        using var response = await PlatformFactory.PostSignInAsync(client, analyst.Email, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mnr.session=", StringComparison.Ordinal));
        return cookie.Split(';')[0];
    }

    private string WriteCertificate(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=MnrPlatform data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(folder.Path, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        return path;
    }

    private List<string> StoredKeys()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "mnr.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Xml FROM DataProtectionKeys";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
