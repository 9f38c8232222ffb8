using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MnrPlatform.Host.Hosting.Circuits;

/// <summary>
/// Keeps <see cref="CurrentUser"/> of a circuit in step with its authentication state, which the
/// <see cref="RevalidatingAccountStateProvider"/> replaces with an anonymous one when the account
/// is disabled or its security stamp changes (ASP.NET Core's documented circuit-handler pattern).
/// </summary>
internal sealed class CircuitUserTracker(AuthenticationStateProvider authentication, CurrentUser currentUser) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        currentUser.SetCircuitUser((await authentication.GetAuthenticationStateAsync()).User);
    }

    private void OnAuthenticationChanged(Task<AuthenticationState> state) =>
        _ = UpdateAsync(state);

    private async Task UpdateAsync(Task<AuthenticationState> state) =>
        currentUser.SetCircuitUser((await state).User);

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;
}
