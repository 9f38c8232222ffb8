using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>
/// What the peer-learning page shows of a round's analysis, in words and figures ready to render.
/// The analysis is an audited read of every country's answers: the prerender builds this once and
/// carries it to the interactive render, which never reads the answers again for the same view.
/// </summary>
/// <param name="Round">The round analysed.</param>
/// <param name="Summary">The run's figures.</param>
/// <param name="Clusters">One card per cluster.</param>
/// <param name="ClusterMapJson">The cluster map (plotly JSON).</param>
/// <param name="HeatmapJson">The heatmap of phases by country and capability (plotly JSON).</param>
/// <param name="Countries">The profiled countries, code and name, for the suggestion form.</param>
/// <param name="Capabilities">The capabilities, code and name, for the suggestion form.</param>
/// <param name="Names">Country names by ISO3 code, for the exchange board.</param>
/// <param name="Suggestions">The partners suggested for the form's request; null when none was asked.</param>
public sealed record PeerLearningSnapshot(
    RoundSummary Round,
    RunSummary Summary,
    IReadOnlyList<ClusterCard> Clusters,
    string ClusterMapJson,
    string HeatmapJson,
    IReadOnlyList<CodeAndName> Countries,
    IReadOnlyList<CodeAndName> Capabilities,
    IReadOnlyDictionary<string, string> Names,
    SuggestionsView? Suggestions)
{
    /// <summary>A country's name, or its code when unknown.</summary>
    public string NameOf(string iso3) => Names.GetValueOrDefault(iso3, iso3);
}

/// <summary>A code and what it names.</summary>
public sealed record CodeAndName(string Code, string Name);

/// <summary>The clustering run's figures, formatted.</summary>
public sealed record RunSummary(
    int Profiled,
    string ClusterCount,
    string MeanSilhouette,
    string MapShare,
    string? Quality,
    string? PreviousAgreement,
    string? WeakStructure);

/// <summary>One cluster: its size, stability, centre, what sets it apart and its members.</summary>
public sealed record ClusterCard(string Label, int Size, bool Stable, string Stability, string Centre, string Strengths, string Gaps, string Members);

/// <summary>The partners suggested to a country for a capability.</summary>
public sealed record SuggestionsView(string CountryCode, string CountryName, string CapabilityCode, IReadOnlyList<SuggestionItem> Items, string? RadarJson);

/// <summary>One suggested partner and why.</summary>
public sealed record SuggestionItem(string PartnerCode, string PartnerName, string Score, string Explanation);
