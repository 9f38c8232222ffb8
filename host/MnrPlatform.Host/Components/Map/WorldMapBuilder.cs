using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Components.Charts;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;
using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Components.Map;

/// <summary>
/// Builds the secretariat's world map of a round: for an indicator, whether each country with
/// validated answers is counted, not counted or gave no answer; for a capability, the maturity phase
/// it self-assessed. Values come from <see cref="CountryValues"/> (the indicator engine's own rule
/// evaluation), so the counted countries are exactly the indicator's n. The page and the CSV download
/// call the same method, so the download holds the table beside the map. Every map is a read of named
/// countries' answers: it is refused outside the secretariat and audited.
/// </summary>
internal sealed class WorldMapBuilder(
    AccessScope scope,
    RoundDirectory rounds,
    RoundRespondentReader respondents,
    FrameworkCatalog catalog,
    CountryValues values,
    MnrDbContext db,
    AuditLog audit,
    IStringLocalizer<DomainText> words)
{
    /// <summary>The chart id of the map (its card's <c>data-chart</c>).</summary>
    public const string ChartId = "world-map";

    /// <summary>The warning every view of the map carries, on the page and in the CSV, in the request's language.</summary>
    public static string Warning(IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words["Map.Warning"];
    }

    /// <summary>The map of <paramref name="request"/>; unknown names are reported in <see cref="WorldMapView.NotFound"/> and the defaults shown.</summary>
    /// <exception cref="AccessDeniedException">The user is not the secretariat.</exception>
    public async Task<WorldMapView> BuildAsync(WorldMapRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!scope.MayCompareNamedCountries)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not see the world map: it shows named countries' answers.");
        }

        var all = await rounds.ListAsync(cancellationToken);
        var (round, read, missingRound) = await RoundAsync(all, request.RoundCode, cancellationToken);
        if (round is null)
        {
            return new WorldMapView(all, null, null, null, missingRound);
        }

        var index = IndexedRound.Build(read);
        var (subject, missingSubject) = Subject(request, index);
        var notFound = missingRound ?? missingSubject;
        if (subject is null)
        {
            return new WorldMapView(all, round, null, null, notFound);
        }

        var chart = await ChartAsync(round, subject, index, cancellationToken);
        return new WorldMapView(all, round, subject, chart, notFound);
    }

    /// <summary>The CSV download of a map's table, relative to the base path.</summary>
    public static string CsvHref(RoundSummary round, MapSubject subject)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(subject);
        return $"map/table.csv?round={Uri.EscapeDataString(round.Code)}&{subject.Query}";
    }

    /// <summary>The round asked for, else the newest with validated answers, else the newest; with its respondents.</summary>
    private async Task<(RoundSummary? Round, IReadOnlyList<Respondent> Respondents, string? NotFound)> RoundAsync(
        IReadOnlyList<RoundSummary> all, string? code, CancellationToken cancellationToken)
    {
        string? notFound = null;
        if (code is not null)
        {
            if (all.FirstOrDefault(r => r.Code == code) is { } asked)
            {
                return (asked, await respondents.ReadAsync(asked.Code, includeUnvalidated: false, cancellationToken), null);
            }

            notFound = words["Map.NoRound", BidiText.Isolate(code)];
        }

        foreach (var candidate in all)
        {
            var read = await respondents.ReadAsync(candidate.Code, includeUnvalidated: false, cancellationToken);
            if (read.Count > 0)
            {
                return (candidate, read, notFound);
            }
        }

        return all.Count == 0 ? (null, [], notFound) : (all[0], [], notFound);
    }

    /// <summary>The indicator or capability asked for, else a default with answers in the round.</summary>
    private (MapSubject? Subject, string? NotFound) Subject(WorldMapRequest request, IndexedRound index)
    {
        var mode = request.EffectiveMode;
        if (mode == MapMode.Indicator && request.IndicatorId is { } id)
        {
            return IndicatorNamed(id) is { } indicator
                ? (Of(indicator), null)
                : (Default(mode, index), words["Map.NoIndicator", BidiText.Isolate(id)]);
        }

        if (mode == MapMode.Phase && request.CapabilityCode is { } code)
        {
            return catalog.Capability(code) is { } capability && catalog.PhaseQuestion(code) is not null
                ? (Of(capability), null)
                : (Default(mode, index), words["Map.NoCapability", BidiText.Isolate(code)]);
        }

        return (Default(request.Mode, index), null);
    }

    /// <summary>An indicator by id, or the indicator of a plugin's choropleth chart (what domain pages link to).</summary>
    private Owned<IndicatorInfo>? IndicatorNamed(string id) =>
        catalog.Indicator(id)
        ?? (catalog.Chart(id) is { Item: { Kind: ChartKind.Choropleth, IndicatorIds: [var first, ..] } } ? catalog.Indicator(first) : null);

    /// <summary>
    /// The first "in place" indicator somebody answered in the round, or else the first capability
    /// with self-assessed phases (a self-assessment round); without answers, the first of either.
    /// </summary>
    private MapSubject? Default(MapMode? mode, IndexedRound index)
    {
        List<MapSubject> candidates =
        [
            .. mode == MapMode.Phase ? [] : catalog.Indicators.Where(i => i.Item.Id.EndsWith(FrameworkCatalog.InPlaceSuffix, StringComparison.Ordinal)).Select(Of),
            .. mode == MapMode.Indicator ? [] : catalog.Capabilities.Where(c => catalog.PhaseQuestion(c.Item.Code) is not null).Select(Of),
        ];
        return candidates.FirstOrDefault(s => Categorise(s, index).Categories?.Any(c => c != ChoroplethFigure.NoAnswer) == true)
            ?? candidates.FirstOrDefault();
    }

    /// <summary>
    /// The legend of <paramref name="subject"/>'s map and the category of each respondent, in the
    /// round's order; categories are null when the indicator's plugin code failed.
    /// </summary>
    private (IReadOnlyList<MapCategory> Legend, IReadOnlyList<MapCategory>? Categories) Categorise(MapSubject subject, IndexedRound index)
    {
        if (subject.Mode == MapMode.Indicator)
        {
            var standings = values.Standings(catalog.Indicator(subject.Code)!, index).Value;
            return (ChoroplethFigure.StandingLegend, standings is null ? null : [.. standings.Select(ChoroplethFigure.Of)]);
        }

        var legend = ChoroplethFigure.PhaseLegend(MapPhaseNames.All(words));
        var phases = CountryValues.Phases(index, catalog.PhaseQuestion(subject.Code)!.Id);
        return (legend, [.. phases.Select(p => p is { } phase ? legend[phase - 1] : ChoroplethFigure.NoAnswer)]);
    }

    private static string Shown(LocalizedText text) => text.For(CultureInfo.CurrentUICulture);

    private MapSubject Of(Owned<IndicatorInfo> indicator) =>
        new(MapMode.Indicator, indicator.Item.Id, Shown(indicator.Item.Name), indicator.PluginId, Shown(indicator.Item.Name));

    private MapSubject Of(Owned<CapabilityInfo> capability) =>
        new(MapMode.Phase, capability.Item.Code, Shown(capability.Item.Name), capability.PluginId, words["Map.PhaseOf", BidiText.Isolate(Shown(capability.Item.Name))]);

    // A category as the legend, hover and table name it in the request's language (the figure's are English).
    private MapCategory Named(MapCategory category) =>
        category == ChoroplethFigure.Counted ? category with { Label = words["Map.Counted"] }
        : category == ChoroplethFigure.NotCounted ? category with { Label = words["Map.NotCounted"] }
        : category == ChoroplethFigure.NoAnswer ? category with { Label = words["Map.NoAnswer"] }
        : category;

    private async Task<ChartView> ChartAsync(RoundSummary round, MapSubject subject, IndexedRound index, CancellationToken cancellationToken)
    {
        string title = words["Chart.Title", subject.Title, BidiText.Isolate(round.Name)];
        string roundName = BidiText.Isolate(round.Name);
        var csv = CsvHref(round, subject);
        var respondentsOf = index.Respondents;
        var (englishLegend, englishCategories) = Categorise(subject, index);
        var legend = englishLegend.Select(Named).ToList();
        var categories = englishCategories?.Select(Named).ToList();
        if (categories is null)
        {
            return Empty(
                title,
                words["Map.PluginFailed", subject.PluginId],
                csv);
        }

        string description = subject.Mode == MapMode.Indicator
            ? words["Map.Indicator.Description"]
            : words["Map.Phase.Description", BidiText.Isolate(subject.Name)];
        var noAnswer = Named(ChoroplethFigure.NoAnswer);
        if (respondentsOf.Count == 0)
        {
            return Empty(title, words["Map.NotValidated", roundName], csv);
        }

        if (categories.All(c => c == noAnswer))
        {
            return Empty(title, respondentsOf.Count == 1 ? words["Map.OneDidNotAnswer", roundName] : words["Map.NoneAnswered", respondentsOf.Count, roundName], csv);
        }

        var names = await NamesAsync(respondentsOf, cancellationToken);
        var rows = respondentsOf.Select((r, i) => (Respondent: r, Name: names.GetValueOrDefault(r.CountryIso3, r.CountryIso3), Category: categories[i]))
            .OrderBy(x => x.Name, StringComparer.CurrentCulture)
            .ToList();
        var table = new ChartTable(
            words["Map.Col.Country"],
            [new("iso3", words["Map.Col.Iso3"], Numeric: false, Data: true), new("region", words["Map.Col.Region"], Numeric: false, Data: true), new("income-group", words["Map.Col.IncomeGroup"], Numeric: false), new("value", words[subject.Mode == MapMode.Indicator ? "Map.Col.Counted" : "Map.Col.Phase"], Numeric: false)],
            [.. rows.Select(x => new ChartRow(x.Respondent.CountryIso3, x.Name, [
                x.Respondent.CountryIso3,
                x.Respondent.Region ?? "",
                x.Respondent.IncomeGroup is { } group ? GroupNames.Of(Breakdown.IncomeGroup, IncomeGroups.Code(group), IncomeGroups.DisplayName(group), words) : words["Group.NotClassified"],
                x.Category.Label]))]);
        var figure = ChoroplethFigure.Of(legend, [.. rows.Select(x => new MapCountry(x.Respondent.CountryIso3, x.Name, x.Category))]);
        await audit.RecordUnitReadAsync(scope, $"world map {round.Code} {subject.Mode.ToString().ToLowerInvariant()} {subject.Code}", respondentsOf.Select(r => r.CountryIso3), cancellationToken);
        var counts = legend.Select(c => (c.Label, Count: categories.Count(x => x == c))).Where(x => x.Count > 0).ToList();
        var summary = string.Join(words["Map.SummarySeparator"].Value, counts.Select(x => words["Map.SummaryItem", x.Label.ToLower(CultureInfo.CurrentCulture), x.Count].Value));
        return new ChartView(
            ChartId,
            title,
            description,
            FigureJson.Serialize(figure),
            words["Map.Aria", respondentsOf.Count, roundName, summary],
            table,
            "",
            csv,
            [words["Map.Note", respondentsOf.Count, roundName, summary]]);
    }

    private ChartView Empty(string title, string message, string csv) =>
        new(ChartId, title, "", null, "", new ChartTable(words["Map.Col.Country"], [], []), message, csv, []);

    private async Task<Dictionary<string, string>> NamesAsync(IReadOnlyList<Respondent> read, CancellationToken cancellationToken)
    {
        var codes = read.Select(r => r.CountryIso3).ToList();
        return await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Iso3)).ToDictionaryAsync(c => c.Iso3, c => c.Name, StringComparer.Ordinal, cancellationToken);
    }
}
