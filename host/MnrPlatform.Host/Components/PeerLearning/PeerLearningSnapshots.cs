using System.Globalization;
using Microsoft.Extensions.Localization;
using MnrPlatform.Analytics.Peers;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.PeerLearning;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;
using MnrPlatform.Sdk.Charts;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>
/// Turns a <see cref="PeerLearningView"/> (and a suggestion request) into the page's <see cref="PeerLearningSnapshot"/>,
/// its words, numbers, times and figures in the request's language.
/// </summary>
internal sealed class PeerLearningSnapshots(FrameworkCatalog catalog, IStringLocalizer<PeerLearningText> l)
{
    private readonly RunSummaryText summaries = new(l);

    /// <summary>The snapshot of <paramref name="view"/>, with suggestions when <paramref name="request"/> names a profiled country and a capability.</summary>
    public PeerLearningSnapshot Of(PeerLearningView view, PeerRequest? request)
    {
        ArgumentNullException.ThrowIfNull(view);
        var stored = view.Stored;
        var profiles = view.Profiles.Profiles;
        return new PeerLearningSnapshot(
            view.Round,
            stored is null ? null : summaries.Of(view, stored.Run),
            stored is null ? [] : [.. stored.Run.Clusters.Select(c => Card(view, stored, c))],
            stored is null ? null : FigureJson.Serialize(PeerLearningFigures.ClusterMap(stored.Run, l)),
            stored is null ? null : FigureJson.Serialize(PeerLearningFigures.Heatmap(profiles, stored.WithPlaced(), HeatmapRows(view, stored), DomainName, CapabilityName, l)),
            [.. profiles.UnitCodes.Select(code => new CodeAndName(code, view.NameOf(code)))],
            [.. profiles.Framework.Capabilities.Select(c => new CodeAndName(c.Code, CapabilityName(c.Code)))],
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

    /// <summary>A capability's name in the request's language (English, when the plugin has no translation).</summary>
    public string CapabilityName(string code) => catalog.Capability(code)?.Item.Name.For(CultureInfo.CurrentUICulture) ?? code;

    private StoredRunInfo Info(PeerLearningView view, StoredRunView stored) => new(
        stored.Entry.Id,
        ShownFormat.Moment(stored.Entry.CreatedAt),
        stored.Entry.CreatedBy,
        stored.Entry.Seed,
        stored.Entry.Engine,
        stored.Stale,
        [.. stored.Placed.Select(p => new PlacedCountry(p.UnitCode, view.NameOf(p.UnitCode), PeerLearningFigures.Label(p.Cluster)))],
        Unplaced(stored));

    private string? Unplaced(StoredRunView stored) => stored.Unplaced switch
    {
        null => null,
        { ModelError: { } error } unplaced => l["Stored.PlacementFailed", List(unplaced.Codes), stored.Entry.Id, BidiText.Isolate(error)].Value,
        var unplaced => l["Stored.PlacementNoModel", List(unplaced.Codes)].Value,
    };

    private RunHistoryRow Row(ClusterRunEntry entry) => new(
        entry.Id,
        ShownFormat.Moment(entry.CreatedAt),
        entry.CreatedBy,
        entry.K is { } k ? ShownFormat.Number(k) : l["Clusters.None"],
        entry.UnitCount,
        entry.Engine,
        entry.AgreementWithPam is { } pam ? ShownFormat.Number((decimal)pam, 2) : "–");

    private ClusterCard Card(PeerLearningView view, StoredRunView stored, ClusterSummary cluster)
    {
        var (strengths, gaps) = view.Traits(cluster.Id);
        var members = stored.Run.Units.Where(u => u.Cluster == cluster.Id).Select(u => new ClusterMember(u.UnitCode, u.NegativeSilhouette ? l["Clusters.MemberCloser"].Value : null))
            .Concat(stored.Placed.Where(p => p.Cluster == cluster.Id).Select(p => new ClusterMember(p.UnitCode, l["Clusters.MemberPlaced"])));
        return new ClusterCard(
            PeerLearningFigures.Label(cluster.Id),
            cluster.Size,
            cluster.Stable,
            ShownFormat.Number((decimal)cluster.Stability, 2),
            view.NameOf(cluster.ExemplarUnit),
            strengths.Count == 0 ? l["Clusters.NoStrength"] : List(strengths.Select(CapabilityName)),
            gaps.Count == 0 ? l["Clusters.NoGap"] : List(gaps.Select(CapabilityName)),
            [.. members]);
    }

    private SuggestionsView Suggestions(PeerLearningView view, PeerSuggestionList list) => new(
        list.Request.UnitCode,
        view.NameOf(list.Request.UnitCode),
        list.Request.CapabilityCode,
        [.. list.Suggestions.Select(s => new SuggestionItem(
            s.PartnerCode,
            view.NameOf(s.PartnerCode),
            ShownFormat.Number((decimal)s.Score, 2),
            PeerExplanationText.Write(l, s.Parts, view.Profiles.Profiles.Framework.Capabilities.First(c => c.Code == list.Request.CapabilityCode).Scale, CapabilityName)))],
        list.Suggestions.Count == 0 ? null : FigureJson.Serialize(PeerLearningFigures.Radar(view.Profiles.Profiles, RadarUnits(view, list), CapabilityName, l)));

    private string DomainName(string code) => catalog.Domain(code)?.Content.Domain.Name.For(CultureInfo.CurrentUICulture) ?? code;

    private string List(IEnumerable<string> items) => string.Join(l["Common.ListSeparator"].Value, items);

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

    private List<(string Label, string UnitCode)> RadarUnits(PeerLearningView view, PeerSuggestionList list)
    {
        var requester = list.Request.UnitCode;
        var partner = list.Suggestions[0].PartnerCode;
        var units = new List<(string, string)> { (view.NameOf(requester), requester), (view.NameOf(partner), partner) };
        var run = view.Stored?.WithPlaced();
        var cluster = run?.Units.FirstOrDefault(u => u.UnitCode == requester)?.Cluster;
        var exemplar = run?.Clusters.FirstOrDefault(c => c.Id == cluster)?.ExemplarUnit;
        if (exemplar is not null && exemplar != requester && exemplar != partner && view.Profiles.Profiles.IndexOf(exemplar) >= 0)
        {
            units.Add((l["Figure.RadarCentre", PeerLearningFigures.Label(cluster!.Value), view.NameOf(exemplar)], exemplar));
        }

        return units;
    }
}
