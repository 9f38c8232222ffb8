using Microsoft.AspNetCore.Components;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Exchanges;
using MnrPlatform.Host.Components.PeerLearning;
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

    private string CapabilityName(string code) => Catalog.Capability(code)?.Item.Name.English ?? code;

    private string Pair(ExchangeRecord exchange) =>
        $"{NameOf(exchange.Party(ExchangeRole.Learner).CountryIso3)} and {NameOf(exchange.Party(ExchangeRole.Host).CountryIso3)} on {CapabilityName(exchange.CapabilityCode)}";

    private Task RequestConsentAsync(ExchangeRecord exchange) => TakeAsync(
        new("Ask both countries?", $"{Pair(exchange)}: each country's focal points are asked whether it agrees. Neither learns who the other is until both have agreed.", "Ask both countries"),
        "consent-requested",
        (s, scope, _) => s.RequestConsentAsync(scope, exchange.Id, CancellationToken.None));

    private Task ArrangeAsync(ExchangeRecord exchange) => TakeAsync(
        new("Mark the exchange arranged?", $"{Pair(exchange)}: both countries agreed. Mark it arranged once the exchange is set up.", "Mark arranged"),
        "arranged",
        (s, scope, _) => s.ArrangeAsync(scope, exchange.Id, CancellationToken.None));

    private Task CompleteAsync(ExchangeRecord exchange) => TakeAsync(
        new("Complete the exchange", $"{Pair(exchange)}: record what came of it.", "Complete", Color.Success, "Outcomes", "What came of it"),
        "completed",
        (s, scope, outcomes) => s.CompleteAsync(scope, exchange.Id, outcomes, CancellationToken.None));

    private Task CloseAsync(ExchangeRecord exchange) => TakeAsync(
        new("Close the exchange?", $"{Pair(exchange)}: the exchange ends here and cannot be reopened.", "Close", Color.Error),
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
