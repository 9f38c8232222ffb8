using Microsoft.EntityFrameworkCore;
using MnrPlatform.Analytics.Inputs;
using MnrPlatform.Analytics.Peers;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.PeerLearning;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>A round's capability profiles, its newest stored clustering run and the matcher for peer suggestions.</summary>
/// <param name="Round">The round.</param>
/// <param name="Profiles">Today's profiles and where each capability's values came from.</param>
/// <param name="Stored">The newest stored run read against today's profiles; null when the round was never clustered.</param>
/// <param name="Matcher">Peer suggestions over today's profiles and the stored clusters (placed countries included).</param>
/// <param name="CountryNames">Names of the profiled and clustered countries by ISO3 code.</param>
/// <param name="History">The round's stored runs, newest first.</param>
/// <param name="MayRun">Whether the viewer may run the clustering (a secretariat writer).</param>
public sealed record PeerLearningView(
    RoundSummary Round,
    RoundProfiles Profiles,
    StoredRunView? Stored,
    PeerMatcher Matcher,
    IReadOnlyDictionary<string, string> CountryNames,
    IReadOnlyList<ClusterRunEntry> History,
    bool MayRun)
{
    /// <summary>The round the clusters are compared with, if any.</summary>
    public RoundSummary? Previous { get; init; }

    /// <summary>A country's name, or its code when unknown.</summary>
    public string NameOf(string iso3) => CountryNames.GetValueOrDefault(iso3, iso3);

    /// <summary>
    /// What sets a cluster apart: the capabilities where its members' mean today is furthest above
    /// (strengths) and below (gaps) the mean of all countries profiled today; capability codes.
    /// </summary>
    public (IReadOnlyList<string> Strengths, IReadOnlyList<string> Gaps) Traits(int cluster, int count = 3)
    {
        var set = Profiles.Profiles;
        var members = (Stored?.WithPlaced().Units ?? []).Where(u => u.Cluster == cluster).Select(u => set.IndexOf(u.UnitCode)).Where(u => u >= 0).ToList();
        var differences = Enumerable.Range(0, set.Framework.Count)
            .Select(c => (Name: set.Framework.Capabilities[c].Code, Difference: Mean(members, c) - Mean(Enumerable.Range(0, set.Count), c)))
            .Where(x => x.Difference is not null)
            .ToList();
        return (
            [.. differences.Where(x => x.Difference > 0).OrderByDescending(x => x.Difference).Take(count).Select(x => x.Name)],
            [.. differences.Where(x => x.Difference < 0).OrderBy(x => x.Difference).Take(count).Select(x => x.Name)]);

        double? Mean(IEnumerable<int> units, int capability)
        {
            var values = units.Select(u => set.ValueOf(u, capability)).OfType<double>().ToList();
            return values.Count == 0 ? null : values.Average();
        }
    }
}

/// <summary>
/// Builds the <see cref="PeerLearningView"/> of a round for the secretariat from its newest stored
/// run: nothing is clustered on a view. It reads every country's answers (for the staleness check,
/// the placing of later countries and suggestions), so the read is audited; what it produces names
/// countries and is never shown outside the secretariat.
/// </summary>
public sealed class PeerLearningAnalysis(MnrDbContext db, ClusterRunner runner, ClusterRunStore runs)
{
    /// <summary>
    /// The view of <paramref name="round"/>, whose clusters were compared with those of
    /// <paramref name="previous"/> when run; throws <see cref="AccessDeniedException"/> outside the secretariat.
    /// </summary>
    public async Task<PeerLearningView> LoadAsync(AccessScope scope, RoundSummary round, RoundSummary? previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(round);
        if (!scope.IsSecretariat)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not see peer-learning analytics: they compare named countries.");
        }

        var profiles = await runner.ProfilesAsync(scope, round, cancellationToken);
        var stored = await runs.NewestAsync(scope, round.Code, cancellationToken) is { } newest ? StoredRuns.Read(newest, profiles.Profiles) : null;
        var history = await runs.HistoryAsync(scope, round.Code, cancellationToken);
        var codes = profiles.Profiles.UnitCodes.Concat(stored?.Run.Units.Select(u => u.UnitCode) ?? []).Distinct().ToList();
        var names = await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Iso3)).ToDictionaryAsync(c => c.Iso3, c => c.Name, cancellationToken);
        var matcher = new PeerMatcher(profiles.Profiles, profiles.Attributes, stored?.WithPlaced());
        return new PeerLearningView(round, profiles, stored, matcher, names, history, scope.IsSecretariatWriter) { Previous = previous };
    }
}
