namespace MnrPlatform.Host.Hosting.Circuits;

/// <summary>
/// A fresh service scope (its own database context) for one piece of work in an interactive
/// component, carrying the circuit's current user. A circuit lives for minutes or hours and its
/// events can overlap, so a component must not hold one database context for the circuit's life.
/// </summary>
public sealed class UserScopes(IServiceScopeFactory scopes, CurrentUser currentUser)
{
    public AsyncServiceScope Create()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetCircuitUser(currentUser.User);
        return scope;
    }
}
