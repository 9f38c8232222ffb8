using MnrPlatform.Core.Access;
using MnrPlatform.Data.Practice;
using MnrPlatform.Host.Hosting.Circuits;
using MudBlazor;

namespace MnrPlatform.Host.Components.Practice;

/// <summary>
/// One step on an example from an interactive page: <see cref="PracticeExamples"/> in a fresh scope
/// with the circuit's user, then a snackbar saying what happened. The service decides who may do what.
/// </summary>
public sealed class PracticeSteps(UserScopes scopes, ISnackbar snackbar)
{
    /// <summary>Runs <paramref name="step"/>; null when it was taken, else the refusal (also shown in the snackbar).</summary>
    public async Task<PracticeException?> RunAsync(Func<PracticeExamples, AccessScope, Task> step, string done)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            await using var scope = scopes.Create();
            await step(scope.ServiceProvider.GetRequiredService<PracticeExamples>(), scope.ServiceProvider.GetRequiredService<AccessScope>());
            snackbar.Add(done, Severity.Success);
            return null;
        }
        catch (PracticeException refused)
        {
            snackbar.Add(refused.Message, Severity.Error);
            return refused;
        }
        catch (AccessDeniedException denied)
        {
            snackbar.Add(denied.Message, Severity.Error);
            return new PracticeException(denied.Message);
        }
    }
}
