using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Invitations;

namespace MnrPlatform.Host.Web.Api;

/// <summary>
/// The secretariat invites focal points for a round. The answer always carries the single-use
/// link: the secretariat may pass it on by hand (it must when no SMTP server is configured), as
/// on the round page.
/// </summary>
internal static class InvitationsApi
{
    public static RouteGroupBuilder MapInvitationsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/rounds/{round}/invitations", InviteAsync).RequireAuthorization(AccessPolicies.WriteAllCountries).AddEndpointFilter<ApiErrors>()
            .WithSummary("Invite a person by e-mail as a country's focal point for the round (secretariat)")
            .DescribesBody<InviteRequest>("application/json")
            .Produces<InvitationDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> InviteAsync(HttpRequest request, AccessScope scope, string round, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiJson.ReadAsync<InviteRequest>(request);
        if ((problem ?? ApiJson.Require(body!.Email, "email") ?? ApiJson.Require(body.Country, "country")) is { } refused)
        {
            return refused;
        }

        var invitation = new InvitationRequest(body!.Email!.Trim(), body.Country!.Trim().ToUpperInvariant(), round, string.IsNullOrWhiteSpace(body.Instrument) ? null : body.Instrument.Trim());
        var invitations = request.HttpContext.RequestServices.GetRequiredService<FocalPointInvitations>();
        var platform = request.HttpContext.RequestServices.GetRequiredService<IOptions<PlatformOptions>>().Value;
        var issued = await invitations.InviteAsync(scope, invitation, platform.LinkBase(ReachedAt(request)), cancellationToken);
        return Results.Created($"{ApiExtensions.Prefix}/rounds/{Uri.EscapeDataString(round)}/invitations", new InvitationDto(issued.InvitationId, issued.Link, issued.EmailQueued));
    }

    /// <summary>The address the caller reached the platform at.</summary>
    private static Uri ReachedAt(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
