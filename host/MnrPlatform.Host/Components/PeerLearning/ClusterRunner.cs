using MnrPlatform.Analytics.Inputs;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.PeerLearning;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>
/// Runs the clustering of a round when the secretariat asks and stores it as the round's newest run;
/// compares two stored runs. Reading the round's answers is audited as every analysis read is.
/// </summary>
public sealed class ClusterRunner(ClusterRunStore store, RoundRespondentReader respondents, FrameworkCatalog catalog, AuditLog audit)
{
    /// <summary>
    /// Clusters the validated results of <paramref name="round"/> (compared with the newest stored
    /// run of <paramref name="previous"/>, or a fresh clustering of it when it has none) and stores
    /// the run with its model; returns the stored run's id. Secretariat writers only.
    /// </summary>
    public async Task<int> RunAsync(AccessScope scope, RoundSummary round, RoundSummary? previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(round);
        if (!scope.IsSecretariatWriter)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not run the clustering of {round.Code}: only the secretariat's writers may.");
        }

        var profiles = (await ProfilesAsync(scope, round, cancellationToken)).Profiles;
        var options = new ClusterRunOptions { PreviousClusters = previous is null ? null : await PreviousClustersAsync(scope, previous, cancellationToken) };
        var result = ClusterAnalysis.RunWithModel(profiles, options);
        return await store.SaveAsync(scope, StoredRuns.ToStore(profiles, options, result), cancellationToken);
    }

    /// <summary>How far two stored runs agree; throws <see cref="KeyNotFoundException"/> naming a run that is not stored.</summary>
    public async Task<RunAgreement> CompareAsync(AccessScope scope, int first, int second, CancellationToken cancellationToken)
    {
        var a = await store.FindAsync(scope, first, cancellationToken) ?? throw new KeyNotFoundException($"There is no stored clustering run {first}.");
        var b = await store.FindAsync(scope, second, cancellationToken) ?? throw new KeyNotFoundException($"There is no stored clustering run {second}.");
        return RunComparison.Agreement(StoredRuns.RunOf(a), StoredRuns.RunOf(b));
    }

    /// <summary>The round's profiles from its validated submissions; the read of every country's answers is audited.</summary>
    public async Task<RoundProfiles> ProfilesAsync(AccessScope scope, RoundSummary round, CancellationToken cancellationToken)
    {
        var answers = await respondents.ReadAsync(round.Code, includeUnvalidated: false, cancellationToken);
        await audit.RecordUnitReadAsync(scope, $"profiles:{round.Code}", answers.Select(a => a.CountryIso3), cancellationToken);
        return RoundProfileBuilder.Build(round.Code, catalog, answers);
    }

    private async Task<IReadOnlyDictionary<string, int>> PreviousClustersAsync(AccessScope scope, RoundSummary previous, CancellationToken cancellationToken) =>
        await store.NewestAsync(scope, previous.Code, cancellationToken) is { } stored
            ? StoredRuns.RunOf(stored).ClusterOfUnit()
            : ClusterAnalysis.Run((await ProfilesAsync(scope, previous, cancellationToken)).Profiles).ClusterOfUnit();
}
