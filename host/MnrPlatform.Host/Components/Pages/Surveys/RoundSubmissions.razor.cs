using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Reference;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Rounds;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Components.Surveys;
using MnrPlatform.Host.Hosting.Circuits;

namespace MnrPlatform.Host.Components.Pages.Surveys;

/// <summary>
/// A round's submissions for the secretariat: counts by status, filters that the address follows,
/// the grid paged and sorted in the database, and a way to open any country's questionnaire. The
/// round, counts and first page are read once: the prerender's read is carried into the circuit.
/// </summary>
public sealed partial class RoundSubmissions
{
    private SubmissionGrid? grid;
    private SubmissionFilter filter = SubmissionFilter.None;
    private int matching;

    [Inject]
    private IJSRuntime Js { get; set; } = null!;

    [Parameter]
    public string Round { get; set; } = "";

    [SupplyParameterFromQuery(Name = "status")]
    private string? StatusFilter { get; set; }

    [SupplyParameterFromQuery(Name = "region")]
    private string? RegionFilter { get; set; }

    [SupplyParameterFromQuery(Name = "income")]
    private string? IncomeFilter { get; set; }

    [SupplyParameterFromQuery(Name = "instrument")]
    private string? InstrumentFilter { get; set; }

    [SupplyParameterFromQuery(Name = "error")]
    private string? Error { get; set; }

    /// <summary>What the prerender read (null: no such round).</summary>
    [PersistentState]
    public RoundSubmissionsData? Data { get; set; }

    private AccessScope Scope => User.Scope;

    protected override async Task OnInitializedAsync()
    {
        Data ??= await LoadAsync(CancellationToken.None);
        if (Data is not null)
        {
            filter = Data.FirstPageFilter;
            matching = Data.FirstPage.Matching;
        }
    }

    private async Task<RoundSubmissionsData?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.Create();
        var services = scope.ServiceProvider;
        var round = (await services.GetRequiredService<RoundDirectory>().ListAsync(Scope, cancellationToken)).FirstOrDefault(r => r.Code == Round);
        if (round is null)
        {
            return null;
        }

        var reader = services.GetRequiredService<SubmissionReader>();
        var instruments = await reader.InstrumentsAsync(round.Code, cancellationToken);
        var chosen = SubmissionAddress.Parse(StatusFilter, RegionFilter, IncomeFilter, InstrumentFilter, instruments);
        return new RoundSubmissionsData(
            round,
            instruments,
            await reader.CountsAsync(Scope, round.Code, cancellationToken),
            chosen,
            await reader.PageAsync(Scope, round.Code, new SubmissionQuery(chosen, PageSize: SubmissionGrid.PageSize), cancellationToken),
            await services.GetRequiredService<CountryDirectory>().ListAsync(cancellationToken))
        {
            Deadline = await services.GetRequiredService<RoundSetup>().DeadlineAsync(Scope, round.Code, cancellationToken),
        };
    }

    // After a draft opens, the page reads the round again and shows it as an open round.
    private async Task ReloadAsync()
    {
        Data = await LoadAsync(CancellationToken.None);
        if (Data is not null)
        {
            filter = Data.FirstPageFilter;
            matching = Data.FirstPage.Matching;
        }
    }

    private async Task<SubmissionPage> LoadPageAsync(SubmissionQuery query, CancellationToken cancellationToken)
    {
        await using var scope = Scopes.Create();
        return await scope.ServiceProvider.GetRequiredService<SubmissionReader>().PageAsync(Scope, Round, query, cancellationToken);
    }

    private Task ToggleStatusAsync(SubmissionStatus status) => FilterAsync(filter with { Status = filter.Status == status ? null : status });

    private async Task FilterAsync(SubmissionFilter chosen)
    {
        filter = chosen;
        // The address follows the filters without a navigation (which would render the page again).
        await Js.InvokeVoidAsync("history.replaceState", null, "", Navigation.ToAbsoluteUri(SubmissionAddress.For(Round, filter)).ToString());
        StateHasChanged();
        if (grid is not null)
        {
            await grid.ReloadAsync();
        }
    }

    private string NoRecordsText(RoundSubmissionsData data) => L[data.Counts.Total > 0
        ? "Submissions.NoMatch"
        : data.Round.Status == RoundStatus.Draft
            ? "Submissions.NoneDraft"
        : data.Round.Status == RoundStatus.Open
            ? "Submissions.NoneOpen"
            : "Submissions.NoneClosed"];
}

/// <summary>What a round's page reads before it shows anything.</summary>
/// <param name="Round">The round.</param>
/// <param name="Instruments">Its instruments.</param>
/// <param name="Counts">Its submissions by status.</param>
/// <param name="FirstPageFilter">The filters the address chose.</param>
/// <param name="FirstPage">The first page for them.</param>
/// <param name="Countries">Every country, for opening a questionnaire.</param>
public sealed record RoundSubmissionsData(
    RoundSummary Round,
    IReadOnlyList<InstrumentView> Instruments,
    SubmissionCounts Counts,
    SubmissionFilter FirstPageFilter,
    SubmissionPage FirstPage,
    IReadOnlyList<CountryChoice> Countries)
{
    /// <summary>The round's deadline; null: none.</summary>
    public DateTimeOffset? Deadline { get; init; }
}
