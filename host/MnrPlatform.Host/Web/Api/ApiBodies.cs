using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MnrPlatform.Host.Web.Api;

/// <summary>
/// Describes a request body in the OpenAPI document for handlers that read the body themselves.
/// Not <c>Accepts</c>: its metadata makes routing answer 415 to any other content type before
/// authorization has run, so a caller without the right would learn of the body before being refused.
/// </summary>
internal static class ApiBodies
{
    public static RouteHandlerBuilder DescribesBody<T>(this RouteHandlerBuilder builder, string contentType, params string[] more) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = typeof(T) != typeof(SubmitRequest),
                Content = new[] { contentType }.Concat(more).ToDictionary(t => t, _ => new OpenApiMediaType { Schema = schema }, StringComparer.Ordinal),
            };
        });
}
