using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Host.Web.Api;

/// <summary>
/// Rounds and indicator results, with the same scoping and suppression as the pages: the
/// secretariat sees every round unsuppressed; everyone else sees published rounds with small cells
/// suppressed (the disclosure rules of the indicator engine, per viewer).
/// </summary>
internal static class ResultsApi
{
    public static RouteGroupBuilder MapResultsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/rounds", ListRoundsAsync).RequireAuthorization(AccessPolicies.ReadAggregates)
            .WithSummary("The rounds the caller may see results of");
        api.MapGet("/rounds/{round}/results", ResultsAsync).RequireAuthorization(AccessPolicies.ReadAggregates)
            .WithSummary("Every indicator of a round by one breakdown (all, income-group, income-band, region, instrument), with n and N");
        api.MapGet("/countries/{country}/profile", ProfileAsync).RequireAuthorization(AccessPolicies.ReadCountryData)
            .WithSummary("A country's phase and in-place answer per capability in a round (its focal points and the secretariat only)");
        return api;
    }

    private static async Task<List<RoundDto>> ListRoundsAsync(ViewerResults results, CancellationToken cancellationToken) =>
        [.. (await results.RoundsAsync(cancellationToken)).Select(Round)];

    private static async Task<IResult> ResultsAsync(ViewerResults results, string round, string? breakdown, CancellationToken cancellationToken)
    {
        Breakdown by;
        try
        {
            by = BreakdownNames.Parse(breakdown);
        }
        catch (ArgumentException e)
        {
            return ApiProblems.BadRequest(e.Message);
        }

        if (await results.RoundAsync(round, cancellationToken) is not { } summary)
        {
            return ApiProblems.NotFound($"There is no published round '{round}'.");
        }

        var rule = results.Rule;
        var shown = await results.GetAsync(round, indicators: null, [by], cancellationToken);
        return Results.Ok(new RoundResultsDto(round, summary.SyntheticDataLabel, BreakdownNames.Name(by), rule.Suppresses ? rule.MinimumCellSize : null, [.. shown.Select(Result)]));
    }

    private static async Task<IResult> ProfileAsync(CountryProfileReader profiles, AccessScope scope, string country, string? round, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(round))
        {
            return ApiProblems.BadRequest("Name the round: ?round=….");
        }

        try
        {
            var profile = await profiles.ReadAsync(scope, round, country.ToUpperInvariant(), cancellationToken);
            return Results.Ok(new CountryProfileDto(
                profile.CountryIso3,
                profile.RoundCode,
                profile.SyntheticDataLabel,
                [.. profile.Capabilities.Select(c => new CapabilityStatusDto(c.DomainCode, c.CapabilityCode, c.Name, c.Phase, c.InPlace))]));
        }
        catch (AccessDeniedException)
        {
            return ApiProblems.Forbidden($"You may not read the answers of {country}: only its focal points and the secretariat may.");
        }
        catch (KeyNotFoundException e)
        {
            return ApiProblems.NotFound(e.Message);
        }
    }

    private static RoundDto Round(RoundSummary r) => new(r.Code, r.Name, r.Year, r.Status.ToString().ToLowerInvariant(), r.SyntheticDataLabel);

    private static IndicatorResultDto Result(ShownResult result) => new(
        result.Indicator.Item.Id,
        result.Indicator.Item.Name.English,
        result.Indicator.DomainCode,
        [.. result.Groups.Select(g => new GroupResultDto(g.Code, g.Name, g.Numerator, g.Denominator, g.Value, g.Suppression.ToString()))],
        result.Fault?.Message);
}
