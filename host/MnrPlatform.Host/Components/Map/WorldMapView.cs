using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Components.Charts;

namespace MnrPlatform.Host.Components.Map;

/// <summary>
/// A world map as the page shows it and the CSV download holds it, built by <see cref="WorldMapBuilder"/>.
/// It names countries: secretariat only.
/// </summary>
/// <param name="Rounds">Every round, newest first (the secretariat may map any of them).</param>
/// <param name="Round">The round shown; null when there is none yet.</param>
/// <param name="Subject">What is mapped; null when the catalog has nothing to map.</param>
/// <param name="Chart">The map, its data table and CSV link; null without a round or subject.</param>
/// <param name="NotFound">What the request named that does not exist (the defaults are shown instead); null when everything was found.</param>
public sealed record WorldMapView(
    IReadOnlyList<RoundSummary> Rounds,
    RoundSummary? Round,
    MapSubject? Subject,
    ChartView? Chart,
    string? NotFound);
