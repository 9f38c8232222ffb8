using Microsoft.AspNetCore.Diagnostics;

namespace MnrPlatform.Host.Web;

/// <summary>
/// The error and not-found pages are re-executed with the failed request's method. For a failed
/// form POST (e.g. a stale antiforgery token) that would post the same form to those pages, which
/// reads it again and fails a second time. Re-executions are made GETs so they always render.
/// </summary>
internal static class ReExecuteAsGet
{
    public static WebApplication UseReExecutionAsGet(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null
                || context.Features.Get<IExceptionHandlerPathFeature>() is not null;
            if (reExecuted && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });
        return app;
    }
}
