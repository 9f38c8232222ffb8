using System.Globalization;
using Microsoft.AspNetCore.Components;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Exchanges;
using MnrPlatform.Host.Components.Countries;
using MnrPlatform.Host.Components.PeerLearning;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Sdk.Content;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.PeerLearning;

/// <summary>
/// A country's exchange requests: it agrees (saying what it will share), declines or withdraws, each
/// in a dialog. The prerender's list is carried to the interactive render, so it is read once.
/// </summary>
public sealed partial class ExchangeRequests
{
    [Inject]
    private UserScopes Scopes { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private FrameworkCatalog Catalog { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "done")]
    private string? Done { get; set; }

    [SupplyParameterFromQuery(Name = "error")]
    private string? Error { get; set; }

    /// <summary>The prerender's list, carried to the interactive render (<see cref="CarriedState"/>).</summary>
    [PersistentState]
    public string? Carried { get; set; }

    private IReadOnlyList<CountryExchangeView> Requests { get; set; } = [];

    private AccessScope Scope => User.Scope;

    private ExchangeActions Actions => field ??= new ExchangeActions(Dialogs, Snackbar, Scopes, L);

    protected override async Task OnInitializedAsync()
    {
        if (CarriedState.Unpack<IReadOnlyList<CountryExchangeView>>(Carried) is { } carried)
        {
            Requests = carried;
            return;
        }

        await ReloadAsync();
        if (!RendererInfo.IsInteractive)
        {
            Carried = CarriedState.Pack(Requests);
        }
    }

    private async Task ReloadAsync()
    {
        await using var scope = Scopes.Create();
        Requests = await scope.ServiceProvider.GetRequiredService<ExchangeService>()
            .ListOwnAsync(scope.ServiceProvider.GetRequiredService<AccessScope>(), CancellationToken.None);
    }

    private LocalizedText CapabilityName(string code) => Catalog.Capability(code)?.Item.Name ?? new LocalizedText(code);

    private string CapabilityInSentence(string code) => BidiText.Isolate(CapabilityName(code).For(CultureInfo.CurrentUICulture));

    private Task AgreeAsync(CountryExchangeView request) => TakeAsync(
        new(L["Requests.AgreeTitle"], L["Requests.AgreeMessage", CapabilityInSentence(request.CapabilityCode)], L["Requests.Agree"], Color.Primary,
            L["Requests.ShareLabel"], L["Requests.SharePlaceholder"], L["Requests.ShareHint"]),
        "accepted",
        (s, scope, shared) => s.AnswerAsync(scope, request.Id, true, shared, CancellationToken.None));

    private Task DeclineAsync(CountryExchangeView request) => TakeAsync(
        new(L["Requests.DeclineTitle"], L["Requests.DeclineMessage", CapabilityInSentence(request.CapabilityCode)], L["Requests.Decline"], Color.Error),
        "declined",
        (s, scope, _) => s.AnswerAsync(scope, request.Id, false, null, CancellationToken.None));

    private Task WithdrawAsync(CountryExchangeView request) => TakeAsync(
        new(L["Requests.WithdrawTitle"], L["Requests.WithdrawMessage", CapabilityInSentence(request.CapabilityCode)], L["Requests.Withdraw"], Color.Error),
        "withdrawn",
        (s, scope, _) => s.WithdrawAsync(scope, request.Id, CancellationToken.None));

    private async Task TakeAsync(ExchangeActions.Prompt prompt, string done, Func<ExchangeService, AccessScope, string, Task> step)
    {
        if (await Actions.TakeAsync(prompt, done, step))
        {
            await ReloadAsync();
        }
    }
}
