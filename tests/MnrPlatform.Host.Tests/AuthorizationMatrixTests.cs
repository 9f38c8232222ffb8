using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// Every endpoint of the host (read from its EndpointDataSource, so new ones are covered) × every
/// role and anonymous: who is let through, who is sent to sign in or refused. An endpoint without a
/// declared expectation fails the test.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Fixture fixture) : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    public sealed class Fixture : DemoPlatformFactory
    {
        private readonly Dictionary<string, HttpClient> clients = [];

        // No Chromium: a PDF download answers 503 once authorization let the caller through, without starting a browser per role.
        public Fixture() => Settings[MnrPlatform.Data.Reports.ChromiumPdf.Variable] = "/nonexistent/chromium";

        public async Task<HttpClient> ClientForAsync(string? role)
        {
            var key = role ?? "anonymous";
            if (!clients.TryGetValue(key, out var client))
            {
                client = role is null
                    ? CreateHttpsClient()
                    : await SignInAsAsync(role);
                clients[key] = client;
            }

            return client;
        }
    }

    /// <summary>Who may use an endpoint: everyone, any signed-in user, or holders of a permission.</summary>
    private sealed record Rule(Permissions? Requires, bool SignedIn, HttpStatusCode AllowedStatus = HttpStatusCode.OK, Permissions AnyOf = Permissions.None)
    {
        public static Rule Everyone(HttpStatusCode status = HttpStatusCode.OK) => new(null, false, status);

        public static Rule AnySignedIn(HttpStatusCode status = HttpStatusCode.OK) => new(null, true, status);

        public static Rule Holding(Permissions permission, HttpStatusCode status = HttpStatusCode.OK) => new(permission, true, status);

        /// <summary>Holders of at least one of <paramref name="permissions"/>.</summary>
        public static Rule HoldingAny(Permissions permissions, HttpStatusCode status = HttpStatusCode.OK) => new(null, true, status, permissions);

        /// <summary>What a role let through gets where it differs from <see cref="AllowedStatus"/> (e.g. a redirect to its own page).</summary>
        public Dictionary<string, HttpStatusCode> ByRole { get; init; } = new Dictionary<string, HttpStatusCode>(StringComparer.Ordinal);

        public HttpStatusCode StatusFor(string? role) => role is not null && ByRole.TryGetValue(role, out var status) ? status : AllowedStatus;

        public bool Allows(string? role) => !SignedIn || (role is not null
            && (Requires is null || (Roles.PermissionsOf(role) & Requires) == Requires)
            && (AnyOf == Permissions.None || (Roles.PermissionsOf(role) & AnyOf) != Permissions.None));
    }

    /// <summary>The declared expectation of every endpoint, by "METHOD pattern". Add a line for each new endpoint.</summary>
    private static readonly Dictionary<string, Rule> Expectations = new(StringComparer.Ordinal)
    {
        ["GET /"] = Rule.Everyone(),
        ["GET /error"] = Rule.Everyone(),
        ["GET /not-found"] = Rule.Everyone(),
        ["GET /account/sign-in"] = Rule.Everyone(),
        ["GET /account/access-denied"] = Rule.Everyone(HttpStatusCode.Forbidden),
        ["GET /account/password"] = Rule.AnySignedIn(),
        ["GET /account/tokens"] = Rule.AnySignedIn(),
        ["GET /admin"] = Rule.Holding(Permissions.ManageUsers),
        ["GET /admin/users"] = Rule.Holding(Permissions.ManageUsers),
        ["GET /admin/users/{Id}"] = Rule.Holding(Permissions.ManageUsers),
        ["GET /admin/audit"] = Rule.Holding(Permissions.ReadAudit),
        ["GET /admin/outbox"] = Rule.Holding(Permissions.ReadAudit),
        // Anyone may follow an invitation link; an unknown one says so with 410 Gone.
        ["GET /invitation/{Token}"] = Rule.Everyone(HttpStatusCode.Gone),
        ["GET /plugins"] = Rule.Holding(Permissions.ManagePlugins),
        ["GET /secretariat"] = Rule.Holding(Permissions.ReadAllCountries),
        ["GET /healthz"] = Rule.Everyone(),
        // Blazor's circuit hub, for signed-in users only (every interactive page is theirs); a page
        // authorizes its user inside the circuit too, revalidated every minute.
        ["GET /_blazor"] = Rule.AnySignedIn(HttpStatusCode.BadRequest),
        ["GET /_blazor/negotiate"] = Rule.AnySignedIn(HttpStatusCode.MethodNotAllowed),
        ["GET /_blazor/disconnect/"] = Rule.AnySignedIn(HttpStatusCode.MethodNotAllowed),
        ["GET /_blazor/initializers/"] = Rule.AnySignedIn(),
        // A static file not in the build's asset manifest (e.g. one added while running): served like the others.
        ["GET {**path:file}"] = Rule.Everyone(HttpStatusCode.NotFound),
        ["GET /healthz/ready"] = Rule.Everyone(),
        ["POST /account/sign-out"] = Rule.Everyone(HttpStatusCode.BadRequest),
        ["POST /account/language"] = Rule.Everyone(HttpStatusCode.BadRequest),
        ["GET /indicators"] = Rule.Everyone(),
        ["GET /reports"] = Rule.Holding(Permissions.ReadAggregates),
        // The domain pages: the list is the framework (public); a domain's results need aggregates.
        ["GET /domains"] = Rule.Everyone(),
        ["GET /domains/{domain}"] = Rule.Holding(Permissions.ReadAggregates),
        ["GET /peer-learning"] = Rule.Holding(Permissions.ReadAllCountries),
        ["GET /exchanges"] = Rule.Holding(Permissions.ReadOwnCountry),
        // Exchange steps are form posts: without an antiforgery token they are refused (400) once authorization let them through.
        ["POST /peer-learning/exchanges/"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        ["POST /peer-learning/exchanges/{Id}/request-consent"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        ["POST /peer-learning/exchanges/{Id}/arrange"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        ["POST /peer-learning/exchanges/{Id}/complete"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        ["POST /peer-learning/exchanges/{Id}/close"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        ["POST /exchanges/{Id}/answer"] = Rule.Holding(Permissions.WriteOwnCountry, HttpStatusCode.BadRequest),
        ["POST /exchanges/{Id}/withdraw"] = Rule.Holding(Permissions.WriteOwnCountry, HttpStatusCode.BadRequest),
        // The JSON API: the framework is public; results need aggregates ({code} stays unreplaced, hence 404).
        ["GET /api/v1/domains"] = Rule.Everyone(),
        ["GET /api/v1/domains/{code}"] = Rule.Everyone(HttpStatusCode.NotFound),
        ["GET /api/v1/capabilities"] = Rule.Everyone(),
        ["GET /api/v1/questions"] = Rule.Everyone(),
        ["GET /api/v1/indicators"] = Rule.Everyone(),
        ["GET /api/v1/rounds"] = Rule.Holding(Permissions.ReadAggregates),
        ["GET /api/v1/rounds/{round}/results"] = Rule.Holding(Permissions.ReadAggregates),
        ["GET /api/v1/openapi.json"] = Rule.Everyone(),
        // The library's published examples and their files: the services decide what each caller sees (ExamplesApiTests).
        ["GET /api/v1/examples"] = Rule.Everyone(),
        ["GET /api/v1/examples/attachments/{id:int}"] = Rule.Everyone(HttpStatusCode.NotFound),
        // The write API. A form body is not JSON (400) nor a file (415); round steps on {code} (unreplaced) find no round (404);
        // the demo round is published, so submitting and validating are refused (409) once authorization let the caller through.
        ["POST /api/v1/rounds"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        ["POST /api/v1/rounds/{code}/open"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.NotFound),
        ["POST /api/v1/rounds/{code}/close"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.NotFound),
        ["POST /api/v1/rounds/{code}/publish"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.NotFound),
        ["POST /api/v1/rounds/{round}/invitations"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        ["GET /api/v1/rounds/{round}/submissions/{country}/{instrument}"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries),
        ["POST /api/v1/rounds/{round}/submissions/{country}/{instrument}/answers"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries, HttpStatusCode.UnsupportedMediaType),
        ["POST /api/v1/rounds/{round}/submissions/{country}/{instrument}/submit"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries, HttpStatusCode.Conflict),
        ["POST /api/v1/rounds/{round}/submissions/{country}/{instrument}/query"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        ["POST /api/v1/rounds/{round}/submissions/{country}/{instrument}/validate"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.Conflict),
        // A round's results for download ({format} stands for csv): the same readers as the API.
        ["GET /rounds/{round}/results.{format}"] = Rule.Holding(Permissions.ReadAggregates),
        // A round's review report (public by default: anyone who may see the round; ?audience=secretariat is checked in the handler).
        // The fixture has no Chromium, so the PDF answers 503.
        ["GET /rounds/{round}/report.html"] = Rule.Holding(Permissions.ReadAggregates),
        ["GET /rounds/{round}/report.md"] = Rule.Holding(Permissions.ReadAggregates),
        ["GET /rounds/{round}/report.pdf"] = Rule.Holding(Permissions.ReadAggregates, HttpStatusCode.ServiceUnavailable),
        ["GET /charts/{chart}/table.csv"] = Rule.Holding(Permissions.ReadAggregates, HttpStatusCode.BadRequest),
        // The world map names countries: the secretariat only. Without a choice the CSV maps the defaults.
        ["GET /map"] = Rule.Holding(Permissions.ReadAllCountries),
        ["GET /map/table.csv"] = Rule.Holding(Permissions.ReadAllCountries),
        // Without ?round= the profile is refused (400) once the policy let the caller through.
        ["GET /api/v1/countries/{country}/profile"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries, HttpStatusCode.BadRequest),
        // A country's questionnaires or every round: focal points and the secretariat, not viewers.
        ["GET /surveys"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries),
        ["GET /surveys/{Round}"] = Rule.Holding(Permissions.ReadAllCountries),
        ["GET /surveys/instruments"] = Rule.Holding(Permissions.WriteAllCountries),
        ["GET /surveys/new"] = Rule.Holding(Permissions.WriteAllCountries),
        // The good-practice library is public reading (each reader sees what the visibility rule allows; an
        // unknown example is not found); recording, editing, curation and consent are for country data readers.
        ["GET /practice"] = Rule.Everyone(),
        ["GET /practice/{id:int}"] = Rule.Everyone(HttpStatusCode.NotFound),
        ["GET /practice/worklist"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries),
        ["GET /practice/new"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries),
        ["GET /practice/{id:int}/edit"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries),
        ["GET /practice/{id:int}/review"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries),
        ["GET /surveys/{Round}/preview/{Instrument}"] = Rule.Holding(Permissions.ReadAllCountries),
        ["POST /surveys/{Round}/status"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        // Without a country and instrument it sends the secretariat back to the round's page.
        ["GET /surveys/{Round}/start"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.Redirect),
        // A country's questionnaire: its focal point and the secretariat (the page and sections refuse other countries' focal points).
        ["GET /surveys/{round}/{country}/{instrument}"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries),
        ["POST /surveys/{round}/{country}/{instrument}/sections/{domain}"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries, HttpStatusCode.BadRequest),
        ["POST /surveys/{round}/{country}/{instrument}/sections/{domain}/preview"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries, HttpStatusCode.BadRequest),
        ["POST /surveys/{round}/{country}/{instrument}/query"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        ["POST /surveys/{round}/{country}/{instrument}/validate"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        ["POST /surveys/{round}/{country}/{instrument}/reopen"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        // Import and export of a round's answers: the secretariat; without a file or format the posts and the export are refused (400).
        ["GET /surveys/{Round}/transfer"] = Rule.Holding(Permissions.ReadAllCountries),
        ["GET /surveys/{Round}/export"] = Rule.Holding(Permissions.ReadAllCountries, HttpStatusCode.BadRequest),
        ["GET /surveys/{Round}/import/{Upload:guid}"] = Rule.Holding(Permissions.WriteAllCountries),
        ["POST /surveys/{Round}/import/"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        ["POST /surveys/{Round}/import/{Upload:guid}/apply"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        ["POST /surveys/{Round}/import/{Upload:guid}/discard"] = Rule.Holding(Permissions.WriteAllCountries, HttpStatusCode.BadRequest),
        // Countries: the secretariat's list (a focal point is sent to its own profile), a country's profile and its charts' CSV.
        ["GET /countries"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries) with { ByRole = new Dictionary<string, HttpStatusCode>(StringComparer.Ordinal) { [Roles.FocalPoint] = HttpStatusCode.Redirect } },
        ["GET /countries/{country}"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries),
        ["GET /countries/{country}/charts/{name}.csv"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries),
        // A country's outputs (self-assessment summary and action plan): read as the profile is; without ?round= its newest round.
        ["GET /countries/{country}/self-assessment.html"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries),
        ["GET /countries/{country}/self-assessment.xlsx"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries),
        ["GET /countries/{country}/self-assessment.pdf"] = Rule.HoldingAny(Permissions.ReadOwnCountry | Permissions.ReadAllCountries, HttpStatusCode.ServiceUnavailable),
        // Blazor's redirect target for enhanced navigation (unused: no blazor.web.js); private by the fallback policy.
        ["GET /_framework/opaque-redirect"] = Rule.AnySignedIn(HttpStatusCode.BadRequest),
    };

    private static readonly string?[] Everybody = [null, .. Roles.All];

    /// <summary>What stands for a route's parameters in the requests: the demo focal point's country in a demo round.</summary>
    private static readonly Dictionary<string, string> RouteValues = new(StringComparer.Ordinal)
    {
        ["{round}"] = "2023-self-assessment",
        ["{Round}"] = "2026-self-assessment",
        ["{Upload:guid}"] = "00000000-0000-0000-0000-000000000001",
        ["{country}"] = DemoAccounts.FocalPointCountry,
        ["{instrument}"] = "maturity-self-assessment",
        ["{Instrument}"] = "maturity-self-assessment",
        ["{Token}"] = "an-unknown-invitation-secret",
        ["{domain}"] = "policy",
        ["{id:int}"] = "987654",
        ["{chart}"] = "overview.snapshot",
        ["{name}"] = "radar",
        ["{format}"] = "csv",
    };

    /// <summary>Every (method, pattern) the host serves.</summary>
    private List<(string Method, string Pattern)> Endpoints()
    {
        var source = fixture.Services.GetRequiredService<EndpointDataSource>();
        // Static files (Blazor's, MudBlazor's, the platform's own) are public; Front_end_libraries_are_served_by_the_host checks them.
        return source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            .SelectMany(e =>
            {
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                return methods.Where(m => m is "GET" or "POST").Select(m => (m, e.RoutePattern.RawText ?? ""));
            })
            .Distinct()
            .OrderBy(x => x.Item2, StringComparer.Ordinal).ThenBy(x => x.m, StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void Every_endpoint_has_a_declared_expectation()
    {
        // Pages' POSTs are their forms: the GET line covers who may use them (checked below too).
        var undeclared = Endpoints()
            .Where(e => !Expectations.ContainsKey($"{e.Method} {e.Pattern}") && !(e.Method == "POST" && Expectations.ContainsKey($"GET {e.Pattern}")))
            .Select(e => $"{e.Method} {e.Pattern}")
            .ToList();

        Assert.True(undeclared.Count == 0, $"Declare who may use these endpoints in {nameof(Expectations)}: {string.Join(", ", undeclared)}");
        Assert.Contains(Endpoints(), e => e.Pattern == "/admin/audit");
    }

    [Fact]
    public async Task Each_role_and_anonymous_get_exactly_what_the_expectations_say()
    {
        var viewerId = await ViewerIdAsync();
        var failures = new List<string>();
        foreach (var (method, pattern) in Endpoints())
        {
            var isForm = !Expectations.TryGetValue($"{method} {pattern}", out var rule);
            rule ??= Expectations[$"GET {pattern}"];
            var url = RouteValues.Aggregate(pattern.Replace("{Id}", viewerId, StringComparison.Ordinal), (u, v) => u.Replace(v.Key, v.Value, StringComparison.Ordinal));
            foreach (var role in Everybody)
            {
                var client = await fixture.ClientForAsync(role);
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
                if (method == "POST")
                {
                    request.Content = new FormUrlEncodedContent([]);
                }

                using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                var outcome = Describe(response);
                var who = role ?? "anonymous";
                if (!response.Headers.Contains("Content-Security-Policy"))
                {
                    failures.Add($"{method} {url} as {who}: no Content-Security-Policy header");
                }

                if (rule.Allows(role))
                {
                    // A page's form POST without a token is refused by antiforgery (400) after authorization let it through.
                    var expected = isForm ? HttpStatusCode.BadRequest : rule.StatusFor(role);
                    if (response.StatusCode != expected)
                    {
                        failures.Add($"{method} {url} as {who}: expected {(int)expected}, got {outcome}");
                    }
                }
                else
                {
                    var expected = role is null ? "sign-in" : "denied";
                    if (!outcome.Contains(expected, StringComparison.Ordinal))
                    {
                        failures.Add($"{method} {url} as {who}: expected {expected}, got {outcome}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Viewer)]
    public async Task An_unknown_address_is_not_found_for_everyone(string? role)
    {
        var client = await fixture.ClientForAsync(role);

        using var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static string Describe(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.ToString() ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect when location.Contains("/account/sign-in", StringComparison.Ordinal) => $"{status} sign-in",
            HttpStatusCode.Redirect when location.Contains("/account/access-denied", StringComparison.Ordinal) => $"{status} denied",
            HttpStatusCode.Unauthorized => $"{status} sign-in",
            HttpStatusCode.Forbidden => $"{status} denied",
            _ => $"{status} {location}",
        };
    }

    private async Task<string> ViewerIdAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync(TestContext.Current.CancellationToken);
        return accounts.Single(a => a.Role == Roles.Viewer).Id;
    }
}
