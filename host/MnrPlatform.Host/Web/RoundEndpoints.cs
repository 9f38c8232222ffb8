using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Components.Surveys;

namespace MnrPlatform.Host.Web;

/// <summary>
/// The secretariat's round steps: opening, closing, publishing a round (a form post with an
/// antiforgery token that redirects back to /surveys with what happened, a refusal's reason shown
/// there), and starting a submission for a country (a GET form that leads to its questionnaire).
/// <see cref="RoundAdministration"/> decides what is allowed; these only translate.
/// </summary>
internal static partial class RoundEndpoints
{
    public static WebApplication MapRoundEndpoints(this WebApplication app)
    {
        app.MapPost("/surveys/{Round}/status", SetStatusAsync)
            .RequireAuthorization(AccessPolicies.WriteAllCountries).RequireFormToken().ExcludeFromDescription();
        app.MapGet("/surveys/{Round}/start", StartAsync)
            .RequireAuthorization(AccessPolicies.WriteAllCountries).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SetStatusAsync(
        HttpContext http,
        RoundAdministration rounds,
        AccessScope scope,
        string round,
        [FromForm(Name = "status")] string? status)
    {
        var back = $"/{SurveyPaths.Rounds}";
        var anchor = $"#round-{Uri.EscapeDataString(round)}";
        var to = Enum.GetValues<RoundStatus>().Where(s => string.Equals(s.ToString(), status, StringComparison.OrdinalIgnoreCase)).Cast<RoundStatus?>().FirstOrDefault();
        if (to is null)
        {
            return Results.LocalRedirect($"{back}?error=status{anchor}");
        }

        try
        {
            await rounds.SetStatusAsync(scope, round, to.Value, http.RequestAborted);
            return Results.LocalRedirect($"{back}?done={to.Value.ToString().ToLowerInvariant()}{anchor}");
        }
        catch (SubmissionStateException refused)
        {
            OutcomeMessage.Set(http, refused.Message);
            return Results.LocalRedirect($"{back}?error=state{anchor}");
        }
        catch (KeyNotFoundException)
        {
            return Results.LocalRedirect($"{back}?error=not-found");
        }
        catch (AccessDeniedException)
        {
            return Results.LocalRedirect($"{back}?error=not-allowed{anchor}");
        }
    }

    private static async Task<IResult> StartAsync(
        SubmissionReader submissions,
        string round,
        [FromQuery(Name = "country")] string? country,
        [FromQuery(Name = "instrument")] string? instrument,
        CancellationToken cancellationToken)
    {
        var iso3 = country?.Trim().ToUpperInvariant();
        var instruments = await submissions.InstrumentsAsync(round, cancellationToken);
        return iso3 is not null && Iso3().IsMatch(iso3) && instruments.Any(i => i.Code == instrument)
            ? Results.LocalRedirect("/" + SurveyPaths.Questionnaire(new SubmissionKey(round, iso3, instrument!)))
            : Results.LocalRedirect($"/{SurveyPaths.Round(round)}?error=start");
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Iso3();
}
