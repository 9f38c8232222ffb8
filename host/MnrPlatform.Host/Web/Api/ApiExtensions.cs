namespace MnrPlatform.Host.Web.Api;

/// <summary>
/// The JSON API under <c>/api/v1</c>, described by an OpenAPI document at
/// <c>/api/v1/openapi.json</c>. Errors are problem details (RFC 9457).
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
            document.Info.Description = "The MNR framework (domains, capabilities, questions, indicators) and indicator results with the same scoping and suppression as the dashboard.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).WithTags("MnrPlatform");
        api.MapCatalogApi();
        api.MapResultsApi();
        app.MapOpenApi(Prefix + "/openapi.json").AllowAnonymous();
        return app;
    }
}
