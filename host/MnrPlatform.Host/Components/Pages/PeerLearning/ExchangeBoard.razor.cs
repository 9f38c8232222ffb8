using System.Globalization;
using Microsoft.AspNetCore.Components;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Exchanges;
using MnrPlatform.Host.Components.PeerLearning;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Sdk.Content;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.PeerLearning;

/// <summary>The secretariat's steps of each exchange, each confirmed in a dialog; the page reloads the board after a step.</summary>
public sealed partial class ExchangeBoard
{
    [Parameter, EditorRequired]
    public required IReadOnlyList<ExchangeRecord> Exchanges { get; set; }

    /// <summary>Country names by ISO3 code.</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyDictionary<string, string> Names { get; set; }

    [Parameter, EditorRequired]
    public required ExchangeActions Actions { get; set; }

    /// <summary>Called after a step was taken.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    private string NameOf(string iso3) => Names.GetValueOrDefault(iso3, iso3);

    private LocalizedText CapabilityName(string code) => Catalog.Capability(code)?.Item.Name ?? new LocalizedText(code);

    private string Pair(ExchangeRecord exchange) => L["Board.Pair",
        BidiText.Isolate(NameOf(exchange.Party(ExchangeRole.Learner).CountryIso3)),
        BidiText.Isolate(NameOf(exchange.Party(ExchangeRole.Host).CountryIso3)),
        BidiText.Isolate(CapabilityName(exchange.CapabilityCode).For(CultureInfo.CurrentUICulture))];

    private Task RequestConsentAsync(ExchangeRecord exchange) => TakeAsync(
        new(L["Board.AskTitle"], L["Board.AskMessage", Pair(exchange)], L["Board.AskBoth"]),
        "consent-requested",
        (s, scope, _) => s.RequestConsentAsync(scope, exchange.Id, CancellationToken.None));

    private Task ArrangeAsync(ExchangeRecord exchange) => TakeAsync(
        new(L["Board.ArrangeTitle"], L["Board.ArrangeMessage", Pair(exchange)], L["Board.MarkArranged"]),
        "arranged",
        (s, scope, _) => s.ArrangeAsync(scope, exchange.Id, CancellationToken.None));

    private Task CompleteAsync(ExchangeRecord exchange) => TakeAsync(
        new(L["Board.CompleteTitle"], L["Board.CompleteMessage", Pair(exchange)], L["Board.Complete"], Color.Success, L["Board.Outcomes"], L["Board.OutcomesPlaceholder"]),
        "completed",
        (s, scope, outcomes) => s.CompleteAsync(scope, exchange.Id, outcomes, CancellationToken.None));

    private Task CloseAsync(ExchangeRecord exchange) => TakeAsync(
        new(L["Board.CloseTitle"], L["Board.CloseMessage", Pair(exchange)], L["Board.Close"], Color.Error),
        "closed",
        (s, scope, _) => s.WithdrawAsync(scope, exchange.Id, CancellationToken.None));

    private async Task TakeAsync(ExchangeActions.Prompt prompt, string done, Func<ExchangeService, Core.Access.AccessScope, string, Task> step)
    {
        if (await Actions.TakeAsync(prompt, done, step))
        {
            await Changed.InvokeAsync();
        }
    }
}
