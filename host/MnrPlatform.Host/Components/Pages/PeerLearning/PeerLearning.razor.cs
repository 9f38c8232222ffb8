using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MnrPlatform.Analytics.Peers;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Exchanges;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Components.Countries;
using MnrPlatform.Host.Components.PeerLearning;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Hosting.Localization;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.PeerLearning;

/// <summary>What the page shows: the rounds, the analysis of one and the exchanges board.</summary>
public sealed record PeerLearningState(IReadOnlyList<RoundSummary> Rounds, PeerLearningSnapshot? Snapshot, IReadOnlyList<ExchangeRecord> Board);

/// <summary>
/// The secretariat's peer-learning page. The analysis and the board are audited reads of every
/// country's answers: the prerender's are carried to the interactive render (<see cref="Carried"/>);
/// a new round, a suggestion request or a step on the board reads again, as each page load did.
/// </summary>
public sealed partial class PeerLearning
{
    private bool loading;
    private string? comparison;

    [Inject]
    private UserScopes Scopes { get; set; } = default!;

    [Inject]
    private FrameworkCatalog Catalog { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "round")]
    private string? RoundCode { get; set; }

    [SupplyParameterFromQuery(Name = "country")]
    private string? Country { get; set; }

    [SupplyParameterFromQuery(Name = "capability")]
    private string? Capability { get; set; }

    [SupplyParameterFromQuery(Name = "done")]
    private string? Done { get; set; }

    [SupplyParameterFromQuery(Name = "error")]
    private string? Error { get; set; }

    /// <summary>The prerender's state, carried to the interactive render (<see cref="CarriedState"/>).</summary>
    [PersistentState]
    public string? Carried { get; set; }

    private PeerLearningState? State { get; set; }

    private ExchangeActions Actions => field ??= new ExchangeActions(Dialogs, Snackbar, Scopes, L);

    protected override async Task OnInitializedAsync()
    {
        State = CarriedState.Unpack<PeerLearningState>(Carried);
        if (State is not null)
        {
            return;
        }

        State = await LoadAsync(RoundCode, Country is null || Capability is null ? null : new PeerRequest(Country, Capability));
        if (!RendererInfo.IsInteractive)
        {
            Carried = CarriedState.Pack(State);
        }
    }

    private async Task<PeerLearningState> LoadAsync(string? roundCode, PeerRequest? request)
    {
        await using var scope = Scopes.Create();
        var services = scope.ServiceProvider;
        var access = services.GetRequiredService<AccessScope>();
        var rounds = await services.GetRequiredService<RoundDirectory>().ListAsync(CancellationToken.None);
        // Without a choice, the newest published round: an open round's answers are still coming in.
        var round = rounds.FirstOrDefault(r => r.Code == roundCode)
            ?? rounds.FirstOrDefault(r => r.Status == RoundStatus.Published)
            ?? (rounds.Count > 0 ? rounds[0] : null);
        if (round is null)
        {
            return new PeerLearningState(rounds, null, []);
        }

        // The next older round, to say how far the clusters moved since.
        var previous = rounds.SkipWhile(r => r.Code != round.Code).Skip(1).FirstOrDefault();
        var view = await services.GetRequiredService<PeerLearningAnalysis>().LoadAsync(access, round, previous, CancellationToken.None);
        var board = await services.GetRequiredService<ExchangeService>().ListAllAsync(access, CancellationToken.None);
        return new PeerLearningState(rounds, new PeerLearningSnapshots(Catalog, L).Of(view, request), board);
    }

    private Task RoundAsync(string round) => ShowAsync(round, null);

    // Clusters the shown round's validated results and stores the run; the page then shows it.
    private async Task RunClusteringAsync()
    {
        if (State?.Snapshot is not { } snapshot)
        {
            return;
        }

        loading = true;
        try
        {
            await using var scope = Scopes.Create();
            var services = scope.ServiceProvider;
            var rounds = State.Rounds;
            var previous = rounds.SkipWhile(r => r.Code != snapshot.Round.Code).Skip(1).FirstOrDefault();
            var id = await services.GetRequiredService<ClusterRunner>().RunAsync(services.GetRequiredService<AccessScope>(), snapshot.Round, previous, CancellationToken.None);
            Snackbar.Add(L["Run.Stored", id], Severity.Success);
        }
        catch (AccessDeniedException)
        {
            Snackbar.Add(L["Run.NotAllowed"], Severity.Error);
        }
        finally
        {
            loading = false;
        }

        comparison = null;
        await ShowAsync(snapshot.Round.Code, null);
    }

    private async Task CompareAsync(int other)
    {
        if (State?.Snapshot is not { History: [var newest, ..] })
        {
            return;
        }

        try
        {
            await using var scope = Scopes.Create();
            var services = scope.ServiceProvider;
            var agreement = await services.GetRequiredService<ClusterRunner>().CompareAsync(services.GetRequiredService<AccessScope>(), newest.Id, other, CancellationToken.None);
            comparison = RunComparisonText.Of(L, newest.Id, other, agreement);
        }
        catch (AccessDeniedException)
        {
            Snackbar.Add(L["Page.NoLongerAllowed"], Severity.Error);
        }
        catch (KeyNotFoundException)
        {
            Snackbar.Add(L["Compare.NotFound"], Severity.Error);
        }
    }

    private Task SuggestAsync((string Country, string Capability) asked) =>
        ShowAsync(State?.Snapshot?.Round.Code, new PeerRequest(asked.Country, asked.Capability));

    private async Task ShowAsync(string? round, PeerRequest? request)
    {
        loading = true;
        try
        {
            State = await LoadAsync(round, request);
            var query = State.Snapshot is { } shown ? $"?round={Uri.EscapeDataString(shown.Round.Code)}" : "";
            if (request is not null)
            {
                query += $"&country={Uri.EscapeDataString(request.UnitCode)}&capability={Uri.EscapeDataString(request.CapabilityCode)}";
            }

            // The address follows what is shown, so a reload or a shared link shows the same.
            await JS.InvokeVoidAsync("history.replaceState", null, "", Navigation.ToAbsoluteUri("peer-learning" + query).ToString());
        }
        catch (AccessDeniedException)
        {
            Snackbar.Add(L["Page.NoLongerAllowed"], Severity.Error);
        }
        finally
        {
            loading = false;
        }
    }

    private async Task RecordAsync(SuggestionItem suggestion)
    {
        if (State?.Snapshot is not { Suggestions: { } list } snapshot)
        {
            return;
        }

        var capability = snapshot.Capabilities.FirstOrDefault(c => c.Code == list.CapabilityCode)?.Name ?? list.CapabilityCode;
        var taken = await Actions.TakeAsync(
            new ExchangeActions.Prompt(
                L["Record.Title"],
                L["Record.Message", BidiText.Isolate(list.CountryName), BidiText.Isolate(suggestion.PartnerName), BidiText.Isolate(capability)],
                L["Record.Confirm"]),
            "suggested",
            (service, access, _) => service.SuggestAsync(access, snapshot.Round.Code, list.CapabilityCode, list.CountryCode, suggestion.PartnerCode, suggestion.Explanation, CancellationToken.None));
        if (taken)
        {
            await ReloadBoardAsync();
        }
    }

    private async Task ReloadBoardAsync()
    {
        if (State is null)
        {
            return;
        }

        await using var scope = Scopes.Create();
        var board = await scope.ServiceProvider.GetRequiredService<ExchangeService>()
            .ListAllAsync(scope.ServiceProvider.GetRequiredService<AccessScope>(), CancellationToken.None);
        State = State with { Board = board };
    }
}
