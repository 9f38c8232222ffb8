using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Rounds;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Host.Web.Api;

/// <summary>
/// The secretariat creates rounds (as drafts) and opens, closes and publishes them. The services
/// check the rights and audit every change; the policy only turns other callers away early.
/// </summary>
internal static class RoundsApi
{
    public static RouteGroupBuilder MapRoundsApi(this RouteGroupBuilder api)
    {
        var rounds = api.MapGroup("/rounds").RequireAuthorization(AccessPolicies.WriteAllCountries).AddEndpointFilter<ApiErrors>();
        api.MapPost("/rounds", CreateAsync).RequireAuthorization(AccessPolicies.WriteAllCountries).AddEndpointFilter<ApiErrors>()
            .WithSummary("Create a round as a draft (secretariat): code, name, year, instruments, invited countries, deadline")
            .DescribesBody<CreateRoundRequest>("application/json")
            .Produces<RoundStatusDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        foreach (var (step, status) in new[] { ("open", RoundStatus.Open), ("close", RoundStatus.Closed), ("publish", RoundStatus.Published) })
        {
            rounds.MapPost("/{code}/" + step, (RoundAdministration administration, AccessScope scope, string code, CancellationToken cancellationToken) =>
                    SetStatusAsync(administration, scope, code, status, cancellationToken))
                .WithName("Round" + char.ToUpperInvariant(step[0]) + step[1..])
                .WithSummary($"Move a round to {status.ToString().ToLowerInvariant()} (secretariat)")
                .Produces<RoundStatusDto>()
                .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        }

        return api;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, AccessScope scope, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiJson.ReadAsync<CreateRoundRequest>(request);
        if (problem is not null)
        {
            return problem;
        }

        if ((ApiJson.Require(body!.Code, "code") ?? ApiJson.Require(body.Name, "name")) is { } missing)
        {
            return missing;
        }

        if (body.Year is not { } year)
        {
            return ApiProblems.Invalid("Give year, e.g. 2027.", "year");
        }

        if (body.Instruments is not { Count: > 0 } instruments)
        {
            return ApiProblems.Invalid("Give at least one instrument code in instruments.", "instruments");
        }

        var countries = body.Countries is { } c
            ? new CountrySelection(c.Iso3 ?? [], c.Regions ?? [], c.IncomeGroups ?? [], string.IsNullOrWhiteSpace(c.CountriesOfRound) ? null : c.CountriesOfRound)
            : CountrySelection.None;
        var definition = new RoundDefinition(body.Code!.Trim(), body.Name!.Trim(), year, instruments)
        {
            IncomeClassificationYear = body.IncomeClassificationYear,
            Countries = countries,
            Deadline = body.Deadline,
            CarryForwardFrom = string.IsNullOrWhiteSpace(body.CarryForwardFrom) ? null : body.CarryForwardFrom.Trim(),
        };
        // Resolved once the body is read: a malformed request is answered without the round services.
        var setup = request.HttpContext.RequestServices.GetRequiredService<RoundSetup>();
        var code = await setup.CreateAsync(scope, definition, cancellationToken);
        return Results.Created((string?)null, new RoundStatusDto(code, Name(RoundStatus.Draft)));
    }

    private static async Task<IResult> SetStatusAsync(RoundAdministration administration, AccessScope scope, string round, RoundStatus status, CancellationToken cancellationToken)
    {
        await administration.SetStatusAsync(scope, round, status, cancellationToken);
        return Results.Ok(new RoundStatusDto(round, Name(status)));
    }

    internal static string Name(RoundStatus status) => status.ToString().ToLowerInvariant();
}
