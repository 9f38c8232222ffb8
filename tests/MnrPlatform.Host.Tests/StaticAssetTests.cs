using System.Net;
using System.Net.Http.Headers;

namespace MnrPlatform.Host.Tests;

/// <summary>MudBlazor's and Blazor's files go out compressed, from the host itself.</summary>
public sealed class StaticAssetTests(StaticAssetTests.Fixture fixture) : IClassFixture<StaticAssetTests.Fixture>
{
    public sealed class Fixture : PlatformFactory;

    [Theory]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css", 120_000)]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", "text/javascript", 120_000)]
    [InlineData("/_framework/blazor.web.js", "text/javascript", 120_000)]
    public async Task Component_library_files_are_served_compressed(string path, string contentType, long maxCompressedBytes)
    {
        using var client = fixture.CreateDefaultClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
        Assert.InRange(bytes.LongLength, 1_000, maxCompressedBytes);
    }
}
