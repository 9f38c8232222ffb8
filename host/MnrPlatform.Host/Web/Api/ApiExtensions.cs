using Microsoft.OpenApi;
using MnrPlatform.Host.Hosting.Tokens;

namespace MnrPlatform.Host.Web.Api;

/// <summary>
/// The JSON API under <c>/api/v1</c>, described by an OpenAPI document at
/// <c>/api/v1/openapi.json</c>. Errors are problem details (RFC 9457). Callers sign in with the
/// session cookie or send a personal access token (<c>Authorization: Bearer mnr_pat_…</c>).
/// </summary>
internal static class ApiExtensions
{
    public const string Prefix = "/api/v1";

    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "MnrPlatform API";
            document.Info.Description = "The MNR framework (domains, capabilities, questions, indicators) and indicator results with the same scoping and suppression as the dashboard; "
                + "survey rounds, invitations and submissions for the secretariat and focal points. Send a personal access token (made on the account page) as Authorization: Bearer.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
            document.Components.SecuritySchemes[BearerTokenHandler.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "mnr_pat_…",
                Description = "A personal access token from /account/tokens; it acts with its account's role and country.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerTokenHandler.SchemeName, document)] = [] });
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).WithTags("MnrPlatform");
        api.MapCatalogApi();
        api.MapResultsApi();
        api.MapRoundsApi();
        api.MapInvitationsApi();
        api.MapSubmissionsApi();
        api.MapExamplesApi();
        app.MapOpenApi(Prefix + "/openapi.json").AllowAnonymous();
        return app;
    }
}
