using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Charts;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Profiles;
using MnrPlatform.Host.Components.Charts;
using MnrPlatform.Sdk.Charts;

namespace MnrPlatform.Host.Components.Countries;

/// <summary>
/// The charts of a country's profile (figure, data table, CSV link): its phases against the
/// income-group median, and its history across rounds. The page and the CSV download
/// (<see cref="Web.CountryProfileEndpoints"/>) build them here from the same read, so a download
/// holds exactly the table beside the chart (the page in its language, the download in English).
/// </summary>
internal sealed class CountryProfileCharts(FrameworkCatalog catalog)
{
    /// <summary>The radar's name in its CSV address.</summary>
    public const string RadarName = "radar";

    /// <summary>The history's name in its CSV address.</summary>
    public const string HistoryName = "history";

    /// <summary>The chart called <paramref name="name"/>; null when there is none.</summary>
    public ChartView? ByName(string name, CountryProfilePage page, CountryWords words) => name switch
    {
        RadarName => Radar(page, words),
        HistoryName => History(page, words),
        _ => null,
    };

    /// <summary>The CSV download of a chart's table, relative to the base path.</summary>
    public static string CsvHref(string countryIso3, string name, string roundCode) =>
        $"countries/{Uri.EscapeDataString(countryIso3)}/charts/{name}.csv?round={Uri.EscapeDataString(roundCode)}";

    /// <summary>The country's phases against its income group's median in the shown round.</summary>
    public ChartView Radar(CountryProfilePage page, CountryWords words)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(words);
        var country = words.Data(page.Country.Name);
        var round = page.Round;
        var profile = page.Profile;
        var medians = page.Medians;
        var capabilities = profile is null ? [] : profile.Capabilities.Where(c => catalog.PhaseQuestion(c.CapabilityCode) is not null).ToList();
        var table = new ChartTable(
            words["Chart.Capability"],
            [new("phase", words.Format("Radar.PhaseColumn", country)), new("median", words["Radar.MedianColumn"]), new("countries", words["Radar.CountriesColumn"]), new("domain", words["Chart.Domain"], Numeric: false)],
            profile is { HasPhases: true }
                ? [.. capabilities.Select(c => new ChartRow(c.CapabilityCode, CapabilityName(c.CapabilityCode, c.Name, words), [ProfileText.Phase(c.Phase, words), ProfileText.MedianCell(medians, c.CapabilityCode, words), ProfileText.CountriesCell(medians, c.CapabilityCode, words), DomainName(c.DomainCode, words)]))]
                : []);
        var figure = profile is { HasPhases: true }
            ? FigureJson.Serialize(PhaseRadarFigure.Build(page.Country.Name, [.. capabilities.Select(c => new RadarSpoke(CapabilityName(c.CapabilityCode, c.Name, words), c.Phase, medians?.Shown(c.CapabilityCode)))], words.Figures))
            : null;
        var group = page.IncomeGroupName is { } name ? words.Format("Radar.GroupOf", words.Data(name.ToLower(words.Culture))) : words["Radar.ItsGroup"];
        return new ChartView(
            $"country-profile.{RadarName}",
            round is null ? words["Radar.Title"] : words.Format("Radar.TitleIn", words.Data(round.Name)),
            words.Format("Radar.Description", country, group),
            figure,
            words.Format("Radar.Aria", country),
            table,
            round is null ? words.Format("Radar.NoRound", country) : words.Format("Radar.NoPhases", country, words.Data(round.Name)),
            round is null ? null : CsvHref(page.Country.Iso3, RadarName, round.Code),
            RadarNotes(medians, words));
    }

    /// <summary>The country's phase of each capability in every round, and its in-place answers in review rounds.</summary>
    public ChartView History(CountryProfilePage page, CountryWords words)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(words);
        var country = words.Data(page.Country.Name);
        var rounds = page.History.Reverse().ToList();
        var phaseRounds = rounds.Where(r => r.HasPhases).ToList();
        var inPlaceRounds = rounds.Where(r => r.HasInPlace).ToList();
        var columns = rounds.SelectMany(r => (IEnumerable<(CountryProfile Round, bool Phase)>)[.. r.HasPhases ? [(r, true)] : Array.Empty<(CountryProfile, bool)>(), .. r.HasInPlace ? [(r, false)] : Array.Empty<(CountryProfile, bool)>()]).ToList();
        var capabilities = catalog.Capabilities.ToList();
        var rows = capabilities
            .Where(c => columns.Any(col => Status(col.Round, c.Item.Code) is { } s && (col.Phase ? s.Phase is not null : s.InPlace is not null)))
            .Select(c => new ChartRow(c.Item.Code, words.Name(c.Item.Name), [.. columns.Select(col => Status(col.Round, c.Item.Code) is not { } s ? "" : col.Phase ? ProfileText.Phase(s.Phase, words) : ProfileText.InPlace(s.InPlace, words))]))
            .ToList();
        var table = new ChartTable(
            words["Chart.Capability"],
            [.. columns.Select(col => new ChartColumn($"{col.Round.RoundCode}-{(col.Phase ? "phase" : "in-place")}", words.Format(col.Phase ? "History.PhaseColumn" : "History.InPlaceColumn", words.Data(page.RoundOf(col.Round).Name)), Numeric: col.Phase))],
            rows);
        var phased = capabilities.Where(c => catalog.PhaseQuestion(c.Item.Code) is not null).ToList();
        var figure = phaseRounds.Count == 0 ? null : FigureJson.Serialize(PhaseHistoryFigure.Build(
            [.. phaseRounds.Select(r => page.RoundOf(r).Name)],
            [.. phased.Select(c => words.Name(c.Item.Name))],
            [.. phased.Select(c => (IReadOnlyList<double?>)[.. phaseRounds.Select(r => (double?)Status(r, c.Item.Code)?.Phase)])],
            words.Figures));
        return new ChartView(
            $"country-profile.{HistoryName}",
            words["History.Title"],
            words.Format("History.Description", country),
            figure,
            words.Format("History.Aria", country),
            table,
            rounds.Count == 0
                ? words.Format("History.NoRounds", country)
                : inPlaceRounds.Count > 0
                    ? words.Format("History.OnlyInPlace", country)
                    : words.Format("History.NoPhases", country),
            page.Round is null ? null : CsvHref(page.Country.Iso3, HistoryName, page.Round.Code),
            []);
    }

    private static CapabilityStatus? Status(CountryProfile profile, string capabilityCode) =>
        profile.Capabilities.FirstOrDefault(c => c.CapabilityCode == capabilityCode);

    private static List<string> RadarNotes(IncomeGroupMedians? medians, CountryWords words)
    {
        if (medians is null)
        {
            return [words["Radar.NoteUnpublished"]];
        }

        if (medians.IncomeGroupName is null)
        {
            return [words["Radar.NoteNoGroup"]];
        }

        List<string> notes = [words.Format("Radar.NoteMedian", words.Data(medians.IncomeGroupName.ToLower(words.Culture)))];
        if (medians.AnyHidden)
        {
            notes.Add(words.Format("Radar.NoteHidden", medians.MinimumCellSize));
        }

        return notes;
    }

    private string CapabilityName(string code, string stored, CountryWords words) =>
        catalog.Capability(code) is { } info ? words.Name(info.Item.Name) : stored;

    private string DomainName(string domainCode, CountryWords words) =>
        catalog.Domain(domainCode) is { } domain ? words.Name(domain.Content.Domain.Name) : domainCode;
}
