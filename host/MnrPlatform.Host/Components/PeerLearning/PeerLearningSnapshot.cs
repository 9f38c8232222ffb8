using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>
/// What the peer-learning page shows of a round's analysis, in words and figures ready to render.
/// The analysis is an audited read of every country's answers: the prerender builds this once and
/// carries it to the interactive render, which never reads the answers again for the same view.
/// </summary>
/// <param name="Round">The round analysed.</param>
/// <param name="Summary">The stored run's figures; null when the round has no stored run.</param>
/// <param name="Clusters">One card per cluster.</param>
/// <param name="ClusterMapJson">The cluster map (plotly JSON); null without a stored run.</param>
/// <param name="HeatmapJson">The heatmap of phases by country and capability (plotly JSON); null without a stored run.</param>
/// <param name="Countries">The profiled countries, code and name, for the suggestion form.</param>
/// <param name="Capabilities">The capabilities, code and name, for the suggestion form.</param>
/// <param name="Names">Country names by ISO3 code, for the exchange board.</param>
/// <param name="Suggestions">The partners suggested for the form's request; null when none was asked.</param>
public sealed record PeerLearningSnapshot(
    RoundSummary Round,
    RunSummary? Summary,
    IReadOnlyList<ClusterCard> Clusters,
    string? ClusterMapJson,
    string? HeatmapJson,
    IReadOnlyList<CodeAndName> Countries,
    IReadOnlyList<CodeAndName> Capabilities,
    IReadOnlyDictionary<string, string> Names,
    SuggestionsView? Suggestions)
{
    /// <summary>The stored run shown; null when the round was never clustered.</summary>
    public StoredRunInfo? Stored { get; init; }

    /// <summary>The round's stored runs, newest first.</summary>
    public IReadOnlyList<RunHistoryRow> History { get; init; } = [];

    /// <summary>Whether the viewer may run the clustering.</summary>
    public bool MayRun { get; init; }

    /// <summary>A country's name, or its code when unknown.</summary>
    public string NameOf(string iso3) => Names.GetValueOrDefault(iso3, iso3);
}

/// <summary>The stored run the page shows: who ran it and when, whether it is stale, which countries were placed rather than clustered.</summary>
/// <param name="Id">The stored run's id.</param>
/// <param name="When">When it was run, in the request's language (UTC).</param>
/// <param name="By">Who ran it.</param>
/// <param name="Seed">Its seed.</param>
/// <param name="Engine">The library and trainer.</param>
/// <param name="Stale">Whether the round's validated results changed since.</param>
/// <param name="Placed">Countries that joined later, placed in clusters by the stored model.</param>
/// <param name="PlacementProblem">Why later countries could not be placed; null when they were.</param>
public sealed record StoredRunInfo(int Id, string When, string By, int Seed, string Engine, bool Stale, IReadOnlyList<PlacedCountry> Placed, string? PlacementProblem);

/// <summary>A country placed in a cluster by the stored model (prediction, not clustering).</summary>
public sealed record PlacedCountry(string Code, string Name, string Cluster);

/// <summary>One stored run in the history.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="When">When it was run, formatted (UTC).</param>
/// <param name="By">Who ran it.</param>
/// <param name="K">The number of clusters, or "none" in words.</param>
/// <param name="Countries">The number of countries clustered.</param>
/// <param name="Engine">The library and trainer.</param>
/// <param name="AgreementWithPam">The adjusted Rand index with PAM, formatted; "–" without clusters.</param>
public sealed record RunHistoryRow(int Id, string When, string By, string K, int Countries, string Engine, string AgreementWithPam);

/// <summary>A code and what it names.</summary>
public sealed record CodeAndName(string Code, string Name);

/// <summary>The stored clustering run's figures, formatted.</summary>
public sealed record RunSummary(
    int Clustered,
    string ClusterCount,
    string MeanSilhouette,
    string MapShare,
    string? Quality,
    string? PreviousAgreement,
    string? WeakStructure);

/// <summary>One cluster: its size, stability, centre, what sets it apart and its members.</summary>
public sealed record ClusterCard(string Label, int Size, bool Stable, string Stability, string Centre, string Strengths, string Gaps, IReadOnlyList<ClusterMember> Members);

/// <summary>A cluster's member: its code and, for some, a note in words ("closer to another cluster", "placed later").</summary>
public sealed record ClusterMember(string Code, string? Note);

/// <summary>The partners suggested to a country for a capability.</summary>
public sealed record SuggestionsView(string CountryCode, string CountryName, string CapabilityCode, IReadOnlyList<SuggestionItem> Items, string? RadarJson);

/// <summary>One suggested partner and why.</summary>
public sealed record SuggestionItem(string PartnerCode, string PartnerName, string Score, string Explanation);
