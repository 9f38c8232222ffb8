using Microsoft.AspNetCore.Mvc;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Exchanges;

namespace MnrPlatform.Host.Web;

/// <summary>
/// The steps of a peer-learning exchange, as form posts (antiforgery token required) that redirect back to the page with what happened: the secretariat's steps under
/// /peer-learning/exchanges, a country's answers under /exchanges. The service decides who may
/// do what; these only translate.
/// </summary>
internal static class ExchangeEndpoints
{
    private const string Board = "/peer-learning#exchanges";
    private const string Requests = "/exchanges";

    public static WebApplication MapExchangeEndpoints(this WebApplication app)
    {
        var secretariat = app.MapGroup("/peer-learning/exchanges").RequireAuthorization(AccessPolicies.WriteAllCountries)
            .RequireValidAntiforgeryToken().ExcludeFromDescription();
        secretariat.MapPost("", SuggestAsync);
        secretariat.MapPost("/{Id}/request-consent", (ExchangeService s, AccessScope scope, string id) =>
            Step(Board, "consent-requested", id, (n, ct) => s.RequestConsentAsync(scope, n, ct)));
        secretariat.MapPost("/{Id}/arrange", (ExchangeService s, AccessScope scope, string id) =>
            Step(Board, "arranged", id, (n, ct) => s.ArrangeAsync(scope, n, ct)));
        secretariat.MapPost("/{Id}/complete", (ExchangeService s, AccessScope scope, string id, [FromForm(Name = "outcomes")] string? outcomes) =>
            Step(Board, "completed", id, (n, ct) => s.CompleteAsync(scope, n, outcomes ?? "", ct)));
        secretariat.MapPost("/{Id}/close", (ExchangeService s, AccessScope scope, string id) =>
            Step(Board, "closed", id, (n, ct) => s.WithdrawAsync(scope, n, ct)));

        var country = app.MapGroup("/exchanges").RequireAuthorization(AccessPolicies.WriteOwnCountry)
            .RequireValidAntiforgeryToken().ExcludeFromDescription();
        country.MapPost("/{Id}/answer", (ExchangeService s, AccessScope scope, string id, [FromForm(Name = "decision")] string? decision, [FromForm(Name = "sharedScope")] string? shared) =>
            Step(Requests, decision == "accept" ? "accepted" : "declined", id, (n, ct) => s.AnswerAsync(scope, n, decision == "accept", shared, ct)));
        country.MapPost("/{Id}/withdraw", (ExchangeService s, AccessScope scope, string id) =>
            Step(Requests, "withdrawn", id, (n, ct) => s.WithdrawAsync(scope, n, ct)));
        return app;
    }

    private static Task<IResult> SuggestAsync(
        ExchangeService exchanges,
        AccessScope scope,
        [FromForm(Name = "round")] string? round,
        [FromForm(Name = "capability")] string? capability,
        [FromForm(Name = "learner")] string? learner,
        [FromForm(Name = "host")] string? host,
        [FromForm(Name = "explanation")] string? explanation) =>
        Outcome(Board, "suggested", async ct =>
        {
            if (round is null || capability is null || learner is null || host is null)
            {
                throw new ExchangeStateException("A suggestion needs a round, a capability and two countries.");
            }

            await exchanges.SuggestAsync(scope, round, capability, learner, host, explanation, ct);
        });

    private static Task<IResult> Step(string back, string done, string id, Func<int, CancellationToken, Task> step) =>
        Outcome(back, done, ct => int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? step(n, ct)
            : throw new KeyNotFoundException($"There is no exchange {id}."));

    private static async Task<IResult> Outcome(string back, string done, Func<CancellationToken, Task> action)
    {
        var (path, fragment) = back.Split('#') is [var p, var f] ? (p, "#" + f) : (back, "");
        try
        {
            await action(CancellationToken.None);
            return Results.LocalRedirect($"{path}?done={done}{fragment}");
        }
        catch (ExchangeStateException)
        {
            return Results.LocalRedirect($"{path}?error=state{fragment}");
        }
        catch (KeyNotFoundException)
        {
            return Results.LocalRedirect($"{path}?error=not-found{fragment}");
        }
        catch (AccessDeniedException)
        {
            return Results.LocalRedirect($"{path}?error=not-allowed{fragment}");
        }
    }
}
