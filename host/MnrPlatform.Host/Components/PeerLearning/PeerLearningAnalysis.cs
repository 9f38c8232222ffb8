using Microsoft.EntityFrameworkCore;
using MnrPlatform.Analytics.Inputs;
using MnrPlatform.Analytics.Peers;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>A round's capability profiles, their clustering and the matcher for peer suggestions.</summary>
/// <param name="Round">The round.</param>
/// <param name="Profiles">The profiles and where each capability's values came from.</param>
/// <param name="Run">The clustering run.</param>
/// <param name="Matcher">Peer suggestions over the same profiles and clusters.</param>
/// <param name="CountryNames">Names of the profiled countries by ISO3 code.</param>
public sealed record PeerLearningView(
    RoundSummary Round,
    RoundProfiles Profiles,
    ClusterRun Run,
    PeerMatcher Matcher,
    IReadOnlyDictionary<string, string> CountryNames)
{
    /// <summary>The round the clusters are compared with, if any.</summary>
    public RoundSummary? Previous { get; init; }

    /// <summary>A country's name, or its code when unknown.</summary>
    public string NameOf(string iso3) => CountryNames.GetValueOrDefault(iso3, iso3);

    /// <summary>
    /// What sets a cluster apart: the capabilities where its members' mean is furthest above
    /// (strengths) and below (gaps) the mean of all countries.
    /// </summary>
    public (IReadOnlyList<string> Strengths, IReadOnlyList<string> Gaps) Traits(int cluster, int count = 3)
    {
        var set = Profiles.Profiles;
        var members = Run.Units.Where(u => u.Cluster == cluster).Select(u => set.IndexOf(u.UnitCode)).ToList();
        var differences = Enumerable.Range(0, set.Framework.Count)
            .Select(c => (Name: set.Framework.Capabilities[c].Name, Difference: Mean(members, c) - Mean(Enumerable.Range(0, set.Count), c)))
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
/// Builds the <see cref="PeerLearningView"/> of a round for the secretariat. It reads every
/// country's answers, so the read is audited; what it produces names countries and is never shown
/// outside the secretariat.
/// </summary>
internal sealed class PeerLearningAnalysis(MnrDbContext db, RoundRespondentReader respondents, FrameworkCatalog catalog, AuditLog audit)
{
    /// <summary>
    /// The view of <paramref name="round"/>, its clusters compared with those of
    /// <paramref name="previous"/> when given; throws <see cref="AccessDeniedException"/> outside the secretariat.
    /// </summary>
    public async Task<PeerLearningView> LoadAsync(AccessScope scope, RoundSummary round, RoundSummary? previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(round);
        if (!scope.IsSecretariat)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not see peer-learning analytics: they compare named countries.");
        }

        var previousRun = previous is null ? null : ClusterAnalysis.Run((await ProfilesAsync(scope, previous, cancellationToken)).Profiles);
        var profiles = await ProfilesAsync(scope, round, cancellationToken);
        var run = ClusterAnalysis.Run(profiles.Profiles, new ClusterRunOptions { PreviousClusters = previousRun?.ClusterOfUnit() });
        var codes = profiles.Profiles.UnitCodes.ToList();
        var names = await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Iso3)).ToDictionaryAsync(c => c.Iso3, c => c.Name, cancellationToken);
        return new PeerLearningView(round, profiles, run, new PeerMatcher(profiles.Profiles, profiles.Attributes, run), names) { Previous = previous };
    }

    private async Task<RoundProfiles> ProfilesAsync(AccessScope scope, RoundSummary round, CancellationToken cancellationToken)
    {
        var answers = await respondents.ReadAsync(round.Code, includeUnvalidated: false, cancellationToken);
        await audit.RecordUnitReadAsync(scope, $"profiles:{round.Code}", answers.Select(a => a.CountryIso3), cancellationToken);
        return RoundProfileBuilder.Build(round.Code, catalog, answers);
    }
}
