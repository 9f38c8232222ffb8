using System.Globalization;
using MnrPlatform.Analytics.Peers;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Core.Catalog;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>Turns a <see cref="PeerLearningView"/> (and a suggestion request) into the page's <see cref="PeerLearningSnapshot"/>.</summary>
internal sealed class PeerLearningSnapshots(FrameworkCatalog catalog)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The snapshot of <paramref name="view"/>, with suggestions when <paramref name="request"/> names a profiled country and a capability.</summary>
    public PeerLearningSnapshot Of(PeerLearningView view, PeerRequest? request)
    {
        ArgumentNullException.ThrowIfNull(view);
        var run = view.Run;
        var profiles = view.Profiles.Profiles;
        return new PeerLearningSnapshot(
            view.Round,
            Summary(view),
            [.. run.Clusters.Select(c => Card(view, c))],
            PeerLearningFigures.ClusterMap(run).ToJson(),
            PeerLearningFigures.Heatmap(profiles, run, HeatmapRows(run), DomainName).ToJson(),
            [.. profiles.UnitCodes.Select(code => new CodeAndName(code, view.NameOf(code)))],
            [.. profiles.Framework.Capabilities.Select(c => new CodeAndName(c.Code, c.Name))],
            view.CountryNames,
            request is not null && profiles.UnitCodes.Contains(request.UnitCode) && profiles.Framework.Capabilities.Any(c => c.Code == request.CapabilityCode)
                ? Suggestions(view, view.Matcher.Suggest(request))
                : null);
    }

    private static RunSummary Summary(PeerLearningView view)
    {
        var run = view.Run;
        var quality = run.Quality;
        return new RunSummary(
            view.Profiles.Profiles.Count,
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

    private static ClusterCard Card(PeerLearningView view, ClusterSummary cluster)
    {
        var (strengths, gaps) = view.Traits(cluster.Id);
        return new ClusterCard(
            PeerLearningFigures.Label(cluster.Id),
            cluster.Size,
            cluster.Stable,
            cluster.Stability.ToString("0.00", Invariant),
            view.NameOf(cluster.ExemplarUnit),
            strengths.Count == 0 ? "no capability above the average of all countries" : string.Join(", ", strengths),
            gaps.Count == 0 ? "no capability below the average of all countries" : string.Join(", ", gaps),
            string.Join(", ", view.Run.Units.Where(u => u.Cluster == cluster.Id).Select(u => u.UnitCode + (u.NegativeSilhouette ? " (closer to another cluster)" : ""))));
    }

    private static SuggestionsView Suggestions(PeerLearningView view, PeerSuggestionList list) => new(
        list.Request.UnitCode,
        view.NameOf(list.Request.UnitCode),
        list.Request.CapabilityCode,
        [.. list.Suggestions.Select(s => new SuggestionItem(s.PartnerCode, view.NameOf(s.PartnerCode), s.Score.ToString("0.00", Invariant), s.Explanation))],
        list.Suggestions.Count == 0 ? null : PeerLearningFigures.Radar(view.Profiles.Profiles, RadarUnits(view, list)).ToJson());

    private string DomainName(string code) => catalog.Domain(code)?.Content.Domain.Name.English ?? code;

    // Rows by cluster, and within a cluster in the average-linkage leaf order.
    private static IReadOnlyList<string> HeatmapRows(ClusterRun run)
    {
        var clusterOf = run.ClusterOfUnit();
        return [.. run.HeatmapOrder.Select((code, i) => (code, i)).OrderBy(x => clusterOf.GetValueOrDefault(x.code, int.MaxValue)).ThenBy(x => x.i).Select(x => x.code)];
    }

    private static List<(string Label, string UnitCode)> RadarUnits(PeerLearningView view, PeerSuggestionList list)
    {
        var requester = list.Request.UnitCode;
        var partner = list.Suggestions[0].PartnerCode;
        var units = new List<(string, string)> { (view.NameOf(requester), requester), (view.NameOf(partner), partner) };
        var cluster = view.Run.Units.FirstOrDefault(u => u.UnitCode == requester)?.Cluster;
        var exemplar = view.Run.Clusters.FirstOrDefault(c => c.Id == cluster)?.ExemplarUnit;
        if (exemplar is not null && exemplar != requester && exemplar != partner)
        {
            units.Add(($"Centre of cluster {PeerLearningFigures.Label(cluster!.Value)}: {view.NameOf(exemplar)}", exemplar));
        }

        return units;
    }
}
