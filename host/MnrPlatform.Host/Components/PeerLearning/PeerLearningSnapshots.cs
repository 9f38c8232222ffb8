using System.Globalization;
using MnrPlatform.Analytics.Peers;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.PeerLearning;
using MnrPlatform.Sdk.Charts;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>Turns a <see cref="PeerLearningView"/> (and a suggestion request) into the page's <see cref="PeerLearningSnapshot"/>.</summary>
internal sealed class PeerLearningSnapshots(FrameworkCatalog catalog)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The snapshot of <paramref name="view"/>, with suggestions when <paramref name="request"/> names a profiled country and a capability.</summary>
    public PeerLearningSnapshot Of(PeerLearningView view, PeerRequest? request)
    {
        ArgumentNullException.ThrowIfNull(view);
        var stored = view.Stored;
        var profiles = view.Profiles.Profiles;
        return new PeerLearningSnapshot(
            view.Round,
            stored is null ? null : Summary(view, stored.Run),
            stored is null ? [] : [.. stored.Run.Clusters.Select(c => Card(view, stored, c))],
            stored is null ? null : FigureJson.Serialize(PeerLearningFigures.ClusterMap(stored.Run)),
            stored is null ? null : FigureJson.Serialize(PeerLearningFigures.Heatmap(profiles, stored.WithPlaced(), HeatmapRows(view, stored), DomainName)),
            [.. profiles.UnitCodes.Select(code => new CodeAndName(code, view.NameOf(code)))],
            [.. profiles.Framework.Capabilities.Select(c => new CodeAndName(c.Code, c.Name))],
            view.CountryNames,
            request is not null && profiles.UnitCodes.Contains(request.UnitCode) && profiles.Framework.Capabilities.Any(c => c.Code == request.CapabilityCode)
                ? Suggestions(view, view.Matcher.Suggest(request))
                : null)
        {
            Stored = stored is null ? null : Info(view, stored),
            History = [.. view.History.Select(Row)],
            MayRun = view.MayRun,
        };
    }

    /// <summary>A time as the page shows it: UTC, to the minute.</summary>
    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant);

    private static StoredRunInfo Info(PeerLearningView view, StoredRunView stored) => new(
        stored.Entry.Id,
        When(stored.Entry.CreatedAt),
        stored.Entry.CreatedBy,
        stored.Entry.Seed,
        stored.Entry.Engine,
        stored.Stale,
        [.. stored.Placed.Select(p => new PlacedCountry(p.UnitCode, view.NameOf(p.UnitCode), PeerLearningFigures.Label(p.Cluster)))],
        stored.PlacementProblem);

    private static RunHistoryRow Row(ClusterRunEntry entry) => new(
        entry.Id,
        When(entry.CreatedAt),
        entry.CreatedBy,
        entry.K?.ToString(Invariant) ?? "none",
        entry.UnitCount,
        entry.Engine,
        entry.AgreementWithPam?.ToString("0.00", Invariant) ?? "–");

    private static RunSummary Summary(PeerLearningView view, ClusterRun run)
    {
        var quality = run.Quality;
        return new RunSummary(
            run.Inputs.UnitCount,
            run.Status == ClusterRunStatus.Clustered ? run.Clusters.Count.ToString(Invariant) : "none",
            quality?.MeanSilhouette.ToString("0.00", Invariant) ?? "–",
            $"{(run.Map.ExplainedShare * 100).ToString("0", Invariant)}% of the distances",
            quality is null ? null :
                $"Clustered by {run.Inputs.Engine} k-means; agreement with PAM {quality.AgreementWithPam.ToString("0.00", Invariant)}, " +
                $"with hierarchical clustering {quality.AgreementWithHierarchical.ToString("0.00", Invariant)} (adjusted Rand index); " +
                $"Davies–Bouldin {quality.DaviesBouldin?.ToString("0.00", Invariant) ?? "–"}. " +
                $"k chosen by mean silhouette among {string.Join(", ", run.Candidates.Select(c => $"{c.K} ({c.MeanSilhouette.ToString("0.00", Invariant)})"))}.",
            quality?.AgreementWithPrevious is { } moved && view.Previous is { } before
                ? $"Agreement with the clusters of {before.Name}: {moved.ToString("0.00", Invariant)} over {quality.UnitsInPrevious} countries."
                : null,
            quality is { WeakStructure: true } ? string.Join(" ", quality.WeakStructureReasons) : null);
    }

    private static ClusterCard Card(PeerLearningView view, StoredRunView stored, ClusterSummary cluster)
    {
        var (strengths, gaps) = view.Traits(cluster.Id);
        var members = stored.Run.Units.Where(u => u.Cluster == cluster.Id).Select(u => u.UnitCode + (u.NegativeSilhouette ? " (closer to another cluster)" : ""))
            .Concat(stored.Placed.Where(p => p.Cluster == cluster.Id).Select(p => p.UnitCode + " (placed later)"));
        return new ClusterCard(
            PeerLearningFigures.Label(cluster.Id),
            cluster.Size,
            cluster.Stable,
            cluster.Stability.ToString("0.00", Invariant),
            view.NameOf(cluster.ExemplarUnit),
            strengths.Count == 0 ? "no capability above the average of all countries" : string.Join(", ", strengths),
            gaps.Count == 0 ? "no capability below the average of all countries" : string.Join(", ", gaps),
            string.Join(", ", members));
    }

    private static SuggestionsView Suggestions(PeerLearningView view, PeerSuggestionList list) => new(
        list.Request.UnitCode,
        view.NameOf(list.Request.UnitCode),
        list.Request.CapabilityCode,
        [.. list.Suggestions.Select(s => new SuggestionItem(s.PartnerCode, view.NameOf(s.PartnerCode), s.Score.ToString("0.00", Invariant), s.Explanation))],
        list.Suggestions.Count == 0 ? null : FigureJson.Serialize(PeerLearningFigures.Radar(view.Profiles.Profiles, RadarUnits(view, list))));

    private string DomainName(string code) => catalog.Domain(code)?.Content.Domain.Name.English ?? code;

    // Rows by cluster, and within a cluster in the average-linkage leaf order, placed countries last;
    // only countries profiled today (a run's country whose submission was reopened has no row).
    private static IReadOnlyList<string> HeatmapRows(PeerLearningView view, StoredRunView stored)
    {
        var profiles = view.Profiles.Profiles;
        var clusterOf = stored.WithPlaced().ClusterOfUnit();
        return [.. stored.Run.HeatmapOrder.Concat(stored.Placed.Select(p => p.UnitCode))
            .Where(code => profiles.IndexOf(code) >= 0)
            .Select((code, i) => (code, i))
            .OrderBy(x => clusterOf.GetValueOrDefault(x.code, int.MaxValue)).ThenBy(x => x.i).Select(x => x.code)];
    }

    private static List<(string Label, string UnitCode)> RadarUnits(PeerLearningView view, PeerSuggestionList list)
    {
        var requester = list.Request.UnitCode;
        var partner = list.Suggestions[0].PartnerCode;
        var units = new List<(string, string)> { (view.NameOf(requester), requester), (view.NameOf(partner), partner) };
        var run = view.Stored?.WithPlaced();
        var cluster = run?.Units.FirstOrDefault(u => u.UnitCode == requester)?.Cluster;
        var exemplar = run?.Clusters.FirstOrDefault(c => c.Id == cluster)?.ExemplarUnit;
        if (exemplar is not null && exemplar != requester && exemplar != partner && view.Profiles.Profiles.IndexOf(exemplar) >= 0)
        {
            units.Add(($"Centre of cluster {PeerLearningFigures.Label(cluster!.Value)}: {view.NameOf(exemplar)}", exemplar));
        }

        return units;
    }
}
