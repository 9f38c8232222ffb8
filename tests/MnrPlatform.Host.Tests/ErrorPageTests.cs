using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MnrPlatform.Host.Tests;

public sealed class ErrorPageTests
{
    private const string Secret = "connection to secret-db-host failed";

    /// <summary>The real host plus one address that throws, to see what an unhandled error shows.</summary>
    private sealed class ThrowingFactory(string environment) : PlatformFactory(environment)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddTransient<IStartupFilter, ThrowingEndpoint>();
                // A form post fails inside the platform: its antiforgery check throws.
                services.AddSingleton<Microsoft.AspNetCore.Antiforgery.IAntiforgery, ThrowingAntiforgery>();
            });
        }
    }

    private sealed class ThrowingAntiforgery : Microsoft.AspNetCore.Antiforgery.IAntiforgery
    {
        public Microsoft.AspNetCore.Antiforgery.AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) => new("request", "cookie", "form", "header");

        public Microsoft.AspNetCore.Antiforgery.AntiforgeryTokenSet GetTokens(HttpContext httpContext) => GetAndStoreTokens(httpContext);

        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => throw new InvalidOperationException(Secret);

        public Task ValidateRequestAsync(HttpContext httpContext) => throw new InvalidOperationException(Secret);

        public void SetCookieTokenAndHeader(HttpContext httpContext)
        {
        }
    }

    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/throw", branch => branch.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }

    private static async Task<(HttpStatusCode Status, string Body)> ThrowAsync(string environment, HttpMethod? method = null)
    {
        using var factory = new ThrowingFactory(environment);
        using var client = factory.CreateClient();
        // Every unknown POST address is answered by routing (405), so a failed POST is one the platform handles: sign-out.
        var path = method == HttpMethod.Post ? "/account/sign-out" : "/test/throw";
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(path, UriKind.Relative));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        if (environment == "Production")
        {
            Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        }

        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_failed_post_also_gets_the_friendly_page()
    {
        var (status, body) = await ThrowAsync("Production", HttpMethod.Post);

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_an_error_shows_a_friendly_page_without_stack_trace_or_details()
    {
        var (status, body) = await ThrowAsync("Production");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"request-id\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ThrowingEndpoint", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_the_developer_sees_the_exception()
    {
        var (status, body) = await ThrowAsync("Development");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("InvalidOperationException", body, StringComparison.Ordinal);
    }
}
