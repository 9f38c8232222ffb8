using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Accounts.Tokens;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The write API with personal access tokens: refused tokens answer 401 and authenticated callers
/// without the right 403, both as problem details; a focal point's token saves its own country's
/// open submission from a file, all or nothing; the review steps; tokens never reach a log or the
/// audit log.
/// </summary>
public sealed class WriteApiTests(WriteApiTests.Platform platform) : IClassFixture<WriteApiTests.Platform>
{
    private const string Kenya = DemoAccounts.FocalPointCountry;
    private static readonly string[] GovernmentSurvey = ["government-survey"];
    private static readonly string[] ThreeCountries = ["KEN", "GHA", "NGA"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("unknown", "unknown")]
    [InlineData("expired", "expired")]
    [InlineData("revoked", "revoked")]
    [InlineData("malformed", "not a personal access token")]
    public async Task A_refused_token_answers_401_with_problem_details_saying_why(string kind, string reason)
    {
        var secret = kind switch
        {
            "unknown" => AccessTokenSecret.New(),
            "malformed" => "letmein",
            "expired" => await ExpiredTokenAsync(Roles.Analyst),
            _ => await RevokedTokenAsync(Roles.Analyst),
        };

        using var response = await Bearer(secret).GetAsync(new Uri("/api/v1/rounds", UriKind.Relative), Cancellation);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_acts_with_its_accounts_role_on_the_api_only()
    {
        var viewer = Bearer(await TokenAsync(Roles.Viewer));

        using var rounds = await viewer.GetAsync(new Uri("/api/v1/rounds", UriKind.Relative), Cancellation);
        using var close = await viewer.PostAsync(new Uri("/api/v1/rounds/2021-review/close", UriKind.Relative), null, Cancellation);
        using var page = await Bearer(await TokenAsync(Roles.Analyst)).GetAsync(new Uri("/secretariat", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, rounds.StatusCode);
        Assert.Contains("2021-review", await rounds.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        Assert.Equal("application/problem+json", close.Content.Headers.ContentType?.MediaType);
        // Pages never take a token: the analyst's token is ignored and the page asks for a sign-in.
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/sign-in", page.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_focal_points_file_saves_all_or_nothing_and_names_the_bad_row()
    {
        var round = await OpenRounds.AddAsync(platform, "api-file");
        var focalPoint = Bearer(await TokenAsync(Roles.FocalPoint));
        var required = Required();
        var answers = $"/api/v1/rounds/{round}/submissions/{Kenya}/{OpenRounds.Instrument}/answers";

        using var refused = await focalPoint.PostAsync(new Uri(answers, UriKind.Relative), Csv(round, (Kenya, required[0], "2"), (Kenya, required[1], "9")), Cancellation);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var storedAfterRefusal = await AnswerCountAsync(round);
        using var saved = await focalPoint.PostAsync(new Uri(answers, UriKind.Relative), Csv(round, (Kenya, required[0], "2"), (Kenya, required[1], "3")), Cancellation);
        using var otherRow = await focalPoint.PostAsync(new Uri(answers, UriKind.Relative), Csv(round, (Kenya, required[0], "2"), ("GHA", required[1], "3")), Cancellation);
        using var otherCountry = await focalPoint.PostAsync(new Uri(answers.Replace(Kenya, "GHA", StringComparison.Ordinal), UriKind.Relative), Csv(round, ("GHA", required[0], "2")), Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var first = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal(3, first.GetProperty("row").GetInt32());
        Assert.Contains("value", first.GetProperty("column").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, storedAfterRefusal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(2, (await saved.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("answersSaved").GetInt32());
        Assert.Equal(2, await AnswerCountAsync(round));
        Assert.Equal(HttpStatusCode.Forbidden, otherRow.StatusCode);
        Assert.Contains("row 3", (await otherRow.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, otherCountry.StatusCode);
        Assert.Equal(2, await AnswerCountAsync(round));
    }

    [Fact]
    public async Task Submit_query_reply_and_validate_go_through_the_api_with_the_same_rights_and_audit()
    {
        var round = await OpenRounds.AddAsync(platform, "api-review");
        var focalPoint = Bearer(await TokenAsync(Roles.FocalPoint));
        var analyst = Bearer(await TokenAsync(Roles.Analyst));
        var submission = $"/api/v1/rounds/{round}/submissions/{Kenya}/{OpenRounds.Instrument}";
        var all = new Dictionary<string, object>(StringComparer.Ordinal) { ["answers"] = Required().ToDictionary(q => q, _ => (object)new { value = "2" }, StringComparer.Ordinal) };

        using var patched = await focalPoint.PatchAsJsonAsync(new Uri(submission + "/answers", UriKind.Relative), all, Cancellation);
        var submitted = await StepAsync(focalPoint, submission + "/submit", null);
        using var validatedByFocalPoint = await focalPoint.PostAsync(new Uri(submission + "/validate", UriKind.Relative), null, Cancellation);
        var queried = await StepAsync(analyst, submission + "/query", new { comment = "Phase 2 everywhere?", questionId = Required()[0] });
        using var withoutReply = await focalPoint.PostAsync(new Uri(submission + "/submit", UriKind.Relative), null, Cancellation);
        var resubmitted = await StepAsync(focalPoint, submission + "/submit", new { reply = "Yes, checked." });
        var validated = await StepAsync(analyst, submission + "/validate", null);
        var read = await analyst.GetFromJsonAsync<JsonElement>(new Uri(submission, UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("submitted", submitted);
        Assert.Equal(HttpStatusCode.Forbidden, validatedByFocalPoint.StatusCode);
        Assert.Equal("queried", queried);
        Assert.Equal(HttpStatusCode.Conflict, withoutReply.StatusCode);
        Assert.Contains("Reply", (await withoutReply.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("resubmitted", resubmitted);
        Assert.Equal("validated", validated);
        Assert.Equal("validated", read.GetProperty("status").GetString());
        Assert.Equal(Required().Count, read.GetProperty("answers").GetArrayLength());
        Assert.Equal(["submitted", "queried", "resubmitted", "validated"], read.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("status").GetString()));
        await using var scope = platform.Services.CreateAsyncScope();
        var steps = await scope.ServiceProvider.GetRequiredService<MnrDbContext>().AuditEntries
            .Where(e => e.Action == AuditActions.SubmissionStep && e.Subject == $"{round}/{OpenRounds.Instrument}").Select(e => e.Actor).ToListAsync(Cancellation);
        Assert.Equal(["focal.point@demo.invalid", "analyst@demo.invalid", "focal.point@demo.invalid", "analyst@demo.invalid"], steps);
    }

    [Fact]
    public async Task A_bad_round_request_is_a_problem_naming_the_field_and_a_viewer_may_not_create_rounds()
    {
        var analyst = Bearer(await TokenAsync(Roles.Analyst));
        var viewer = Bearer(await TokenAsync(Roles.Viewer));

        using var noYear = await analyst.PostAsJsonAsync(new Uri("/api/v1/rounds", UriKind.Relative), new { code = "2027-x", name = "X", instruments = GovernmentSurvey }, Cancellation);
        using var broken = await analyst.PostAsync(new Uri("/api/v1/rounds", UriKind.Relative), new StringContent("{\"code\": ", Encoding.UTF8, "application/json"), Cancellation);
        using var byViewer = await viewer.PostAsJsonAsync(new Uri("/api/v1/rounds", UriKind.Relative), new { code = "2027-x", name = "X", year = 2027, instruments = GovernmentSurvey }, Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noYear.StatusCode);
        Assert.Equal("year", (await noYear.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
    }

    /// <summary>Needs RoundSetup and FocalPointInvitations (the rounds and e-mail work) to be filled in.</summary>
    [Fact]
    public async Task The_secretariat_creates_opens_a_round_and_invites_a_focal_point_through_the_api()
    {
        var analyst = Bearer(await TokenAsync(Roles.Analyst));

        using var created = await analyst.PostAsJsonAsync(new Uri("/api/v1/rounds", UriKind.Relative), new
        {
            code = "2027-api",
            name = "Government survey 2027",
            year = 2027,
            instruments = GovernmentSurvey,
            countries = new { iso3 = ThreeCountries },
            deadline = new DateTimeOffset(2027, 6, 30, 0, 0, 0, TimeSpan.Zero),
        }, Cancellation);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"create: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync(Cancellation)}");
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var withResults = await analyst.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/rounds", UriKind.Relative), Cancellation);
        var opened = await StepAsync(analyst, "/api/v1/rounds/2027-api/open", null);
        using var invited = await analyst.PostAsJsonAsync(new Uri("/api/v1/rounds/2027-api/invitations", UriKind.Relative), new { email = "fp.ghana@example.org", country = "GHA" }, Cancellation);
        var invitation = await invited.Content.ReadFromJsonAsync<JsonElement>(Cancellation);

        Assert.Equal(("2027-api", "draft"), (draft.GetProperty("code").GetString(), draft.GetProperty("status").GetString()));
        // A draft has no results yet: the rounds with results leave it out, even for the secretariat.
        Assert.DoesNotContain(withResults.EnumerateArray(), r => r.GetProperty("code").GetString() == "2027-api");
        Assert.Equal("open", opened);
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        Assert.True(invitation.GetProperty("id").GetInt32() > 0);
        Assert.StartsWith("https://localhost/", invitation.GetProperty("link").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_bearer_scheme_and_the_write_endpoints()
    {
        var document = await platform.CreateHttpsClient().GetFromJsonAsync<JsonElement>(new Uri("/api/v1/openapi.json", UriKind.Relative), Cancellation);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var paths = document.GetProperty("paths");
        Assert.False(string.IsNullOrEmpty(paths.GetProperty("/api/v1/rounds").GetProperty("post").GetProperty("summary").GetString()));
        Assert.True(paths.GetProperty("/api/v1/rounds/{round}/submissions/{country}/{instrument}/answers").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.True(paths.TryGetProperty("/api/v1/rounds/{round}/invitations", out _));
    }

    [Fact]
    public async Task A_token_never_appears_in_a_log_line_or_the_audit_log()
    {
        var good = await TokenAsync(Roles.Analyst);
        var revoked = await RevokedTokenAsync(Roles.Analyst);
        using (await Bearer(good).GetAsync(new Uri("/api/v1/rounds", UriKind.Relative), Cancellation))
        using (await Bearer(revoked).GetAsync(new Uri("/api/v1/rounds", UriKind.Relative), Cancellation))
        using (await Bearer(good).PostAsync(new Uri("/api/v1/rounds/no-such-round/open", UriKind.Relative), null, Cancellation))
        {
        }

        await using var scope = platform.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<MnrDbContext>().AuditEntries.AsNoTracking()
            .Select(e => e.Subject + " " + e.OldValue + " " + e.NewValue + " " + e.Actor).ToListAsync(Cancellation);
        var lines = platform.Log.ToList();
        Assert.Contains(lines, l => l.Contains("Bearer", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Contains("token:", StringComparison.Ordinal));
        foreach (var secret in new[] { good, revoked })
        {
            var hidden = secret[AccessTokenSecret.PrefixLength..];
            Assert.DoesNotContain(lines, l => l.Contains(hidden, StringComparison.Ordinal));
            Assert.DoesNotContain(audit, e => e.Contains(hidden, StringComparison.Ordinal));
        }
    }

    private List<string> Required() =>
        [.. OpenRounds.Questionnaire(platform).Missing(new Dictionary<string, string>()).Select(q => q.Id)];

    private static ByteArrayContent Csv(string round, params (string Country, string Question, string Value)[] rows)
    {
        var text = new StringBuilder("round,country,instrument,question,value\n");
        foreach (var (country, question, value) in rows)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{round},{country},{OpenRounds.Instrument},{question},{value}\n");
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text.ToString()));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    private static async Task<string?> StepAsync(HttpClient client, string path, object? body)
    {
        using var response = body is null
            ? await client.PostAsync(new Uri(path, UriKind.Relative), null, Cancellation)
            : await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("status").GetString();
    }

    private async Task<int> AnswerCountAsync(string round)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        return await (from a in db.Answers
                      join s in db.Submissions on a.SubmissionId equals s.Id
                      join r in db.SurveyRounds on s.RoundId equals r.Id
                      where r.Code == round
                      select a.Id).CountAsync(Cancellation);
    }

    private HttpClient Bearer(string secret)
    {
        var client = platform.CreateHttpsClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private async Task<string> TokenAsync(string role, DateTimeOffset? expiresAt = null)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var account = DemoAccounts.All.Single(a => a.Role == role);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(account.Email)
            ?? throw new InvalidOperationException($"No demo account {account.Email}.");
        var principal = new PlatformPrincipal(user.Id, account.Email, [role], user.CountryIso3);
        var made = await scope.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync(principal, $"test {role}", expiresAt, Cancellation);
        return made.Secret;
    }

    private async Task<string> ExpiredTokenAsync(string role)
    {
        var secret = await TokenAsync(role);
        await using var scope = platform.Services.CreateAsyncScope();
        var hash = AccessTokenSecret.Hash(secret);
        await scope.ServiceProvider.GetRequiredService<MnrDbContext>().PersonalAccessTokens.Where(t => t.TokenHash == hash)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)), Cancellation);
        return secret;
    }

    private async Task<string> RevokedTokenAsync(string role)
    {
        var secret = await TokenAsync(role);
        await using var scope = platform.Services.CreateAsyncScope();
        var hash = AccessTokenSecret.Hash(secret);
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        var token = await db.PersonalAccessTokens.SingleAsync(t => t.TokenHash == hash, Cancellation);
        await scope.ServiceProvider.GetRequiredService<AccessTokens>().RevokeAsync(PlatformPrincipal.System("test"), token.Id, Cancellation);
        return secret;
    }

    /// <summary>A demo platform whose every log line, at every level, is kept for the test to read.</summary>
    public sealed class Platform : DemoPlatformFactory
    {
        private readonly LogCapture capture = new();

        public IEnumerable<string> Log => capture.Lines;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        }
    }

    private sealed class LogCapture : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> lines = new();

        public IEnumerable<string> Lines => lines;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
        }
    }
}
