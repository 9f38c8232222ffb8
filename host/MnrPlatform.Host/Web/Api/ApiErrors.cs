using MnrPlatform.Core.Access;
using MnrPlatform.Data.Surveys.Rounds;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Host.Web.Api;

/// <summary>
/// Turns the services' refusals into problem details for the write API: access denied → 403, no
/// such round, country or instrument → 404, a step the state does not allow → 409, a wrong field
/// of a round → 422 naming the field. Anything else is a fault and stays one.
/// </summary>
internal sealed class ApiErrors : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (AccessDeniedException e)
        {
            return ApiProblems.Forbidden(e.Message);
        }
        catch (KeyNotFoundException e)
        {
            return ApiProblems.NotFound(e.Message);
        }
        catch (SubmissionStateException e)
        {
            return ApiProblems.Conflict(e.Message);
        }
        catch (RoundSetupException e)
        {
            return ApiProblems.Invalid(e.Message, e.Field);
        }
    }
}
