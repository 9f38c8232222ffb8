using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Demo;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The JSON API: the framework is public; results need a sign-in and carry the same suppression as
/// the pages (the secretariat unsuppressed, everyone else with small cells hidden and published
/// rounds only); errors are problem details.
/// </summary>
public sealed class ApiTests(ApiTests.Platform platform) : IClassFixture<ApiTests.Platform>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_framework_is_public_and_lists_the_plugins_domains()
    {
        var client = platform.CreateHttpsClient();

        var domains = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/domains", UriKind.Relative), Cancellation);
        var indicators = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/indicators", UriKind.Relative), Cancellation);

        Assert.Equal(6, domains.GetArrayLength());
        Assert.Equal(21, domains.EnumerateArray().Sum(d => d.GetProperty("capabilities").GetArrayLength()));
        Assert.All(domains.EnumerateArray().SelectMany(d => d.GetProperty("capabilities").EnumerateArray()), c => Assert.Equal(4, c.GetProperty("phases").GetArrayLength()));
        Assert.True(indicators.GetArrayLength() > 21);
        Assert.All(indicators.EnumerateArray(), i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("plugin").GetString())));
    }

    [Fact]
    public async Task Results_need_a_sign_in_and_say_so_as_problem_details()
    {
        using var response = await platform.CreateHttpsClient().GetAsync(new Uri("/api/v1/rounds", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_secretariat_gets_counts_unsuppressed_and_a_viewer_gets_small_cells_hidden()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        var viewer = await platform.SignInAsAsync(Roles.Viewer);
        var uri = new Uri("/api/v1/rounds/2021-review/results?breakdown=income-group", UriKind.Relative);

        var full = await analyst.GetFromJsonAsync<JsonElement>(uri, Cancellation);
        var shown = await viewer.GetFromJsonAsync<JsonElement>(uri, Cancellation);

        Assert.Equal(JsonValueKind.Null, full.GetProperty("minimumCellSize").ValueKind);
        Assert.Equal(DemoDataset.Label, full.GetProperty("syntheticDataLabel").GetString());
        var fullGroups = Groups(full).ToList();
        Assert.All(fullGroups, g => Assert.Equal(JsonValueKind.Number, g.GetProperty("denominator").ValueKind));
        var k = shown.GetProperty("minimumCellSize").GetInt32();
        Assert.Contains(fullGroups, g => g.GetProperty("numerator").GetInt32() is var n && n > 0 && n < k);
        var shownGroups = Groups(shown).ToList();
        Assert.Equal(fullGroups.Count, shownGroups.Count);
        Assert.Contains(shownGroups, g => g.GetProperty("suppression").GetString() != "None" && g.GetProperty("value").ValueKind == JsonValueKind.Null);
        Assert.DoesNotContain(shownGroups, g => g.GetProperty("numerator").ValueKind == JsonValueKind.Number && g.GetProperty("numerator").GetInt32() is var n && n > 0 && n < k);
    }

    [Fact]
    public async Task The_all_countries_result_equals_the_overview_table()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var results = await analyst.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/rounds/2021-review/results", UriKind.Relative), Cancellation);
        var html = await analyst.GetStringAsync(new Uri("/?round=2021-review", UriKind.Relative), Cancellation);

        var inPlace = results.GetProperty("indicators").EnumerateArray().Where(i => i.GetProperty("indicator").GetString()!.EndsWith(".in-place", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(inPlace);
        foreach (var indicator in inPlace)
        {
            var all = Assert.Single(indicator.GetProperty("groups").EnumerateArray());
            Assert.Matches(
                $"data-indicator=\"{System.Text.RegularExpressions.Regex.Escape(indicator.GetProperty("indicator").GetString()!)}\">(?s:.*?)data-cell=\"count\">{all.GetProperty("numerator").GetInt32()} of {all.GetProperty("denominator").GetInt32()}<",
                html);
        }
    }

    [Theory]
    [InlineData("/api/v1/rounds/2021-review/results?breakdown=continent", HttpStatusCode.BadRequest, "continent")]
    [InlineData("/api/v1/rounds/1999-census/results", HttpStatusCode.NotFound, "1999-census")]
    [InlineData("/api/v1/domains/astrology", HttpStatusCode.NotFound, "astrology")]
    public async Task Errors_are_problem_details_naming_what_was_wrong(string path, HttpStatusCode status, string named)
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        using var response = await analyst.GetAsync(new Uri(path, UriKind.Relative), Cancellation);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_results_endpoint()
    {
        var document = await platform.CreateHttpsClient().GetFromJsonAsync<JsonElement>(new Uri("/api/v1/openapi.json", UriKind.Relative), Cancellation);

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/rounds/{round}/results", out _));
        Assert.Equal("MnrPlatform API", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_focal_point_reads_its_own_countrys_profile_and_no_other()
    {
        var focalPoint = await platform.SignInAsAsync(Roles.FocalPoint);
        var own = $"/api/v1/countries/{DemoAccounts.FocalPointCountry}/profile?round=2023-self-assessment";

        var profile = await focalPoint.GetFromJsonAsync<JsonElement>(new Uri(own, UriKind.Relative), Cancellation);
        using var other = await focalPoint.GetAsync(new Uri("/api/v1/countries/GHA/profile?round=2023-self-assessment", UriKind.Relative), Cancellation);

        Assert.Equal(DemoAccounts.FocalPointCountry, profile.GetProperty("country").GetString());
        Assert.Equal(DemoDataset.Label, profile.GetProperty("syntheticDataLabel").GetString());
        var capabilities = profile.GetProperty("capabilities").EnumerateArray().ToList();
        Assert.Equal(21, capabilities.Count);
        Assert.All(capabilities, c => Assert.InRange(c.GetProperty("phase").GetInt32(), 1, 4));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_secretariat_reads_any_profile_and_the_read_is_audited()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        var before = await AuditedReadsOfGhanaAsync();

        var profile = await analyst.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/countries/GHA/profile?round=2021-review", UriKind.Relative), Cancellation);

        Assert.Contains(profile.GetProperty("capabilities").EnumerateArray(), c => c.GetProperty("inPlace").GetString() is "yes" or "no");
        Assert.Equal(before + 1, await AuditedReadsOfGhanaAsync());
    }

    private async Task<int> AuditedReadsOfGhanaAsync()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrPlatform.Data.MnrDbContext>();
        return await db.AuditEntries.CountAsync(e => e.Action == MnrPlatform.Data.Audit.AuditActions.UnitDataRead && e.CountryIso3 == "GHA", Cancellation);
    }

    private static IEnumerable<JsonElement> Groups(JsonElement results) =>
        results.GetProperty("indicators").EnumerateArray().SelectMany(i => i.GetProperty("groups").EnumerateArray());

    /// <summary>One demo platform for the class.</summary>
    public sealed class Platform : DemoPlatformFactory;
}
