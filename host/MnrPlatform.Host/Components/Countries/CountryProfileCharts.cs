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
/// holds exactly the table beside the chart.
/// </summary>
internal sealed class CountryProfileCharts(FrameworkCatalog catalog)
{
    /// <summary>The radar's name in its CSV address.</summary>
    public const string RadarName = "radar";

    /// <summary>The history's name in its CSV address.</summary>
    public const string HistoryName = "history";

    /// <summary>The chart called <paramref name="name"/>; null when there is none.</summary>
    public ChartView? ByName(string name, CountryProfilePage page) => name switch
    {
        RadarName => Radar(page),
        HistoryName => History(page),
        _ => null,
    };

    /// <summary>The CSV download of a chart's table, relative to the base path.</summary>
    public static string CsvHref(string countryIso3, string name, string roundCode) =>
        $"countries/{Uri.EscapeDataString(countryIso3)}/charts/{name}.csv?round={Uri.EscapeDataString(roundCode)}";

    /// <summary>The country's phases against its income group's median in the shown round.</summary>
    public ChartView Radar(CountryProfilePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var country = page.Country.Name;
        var round = page.Round;
        var profile = page.Profile;
        var medians = page.Medians;
        var capabilities = profile is null ? [] : profile.Capabilities.Where(c => catalog.PhaseQuestion(c.CapabilityCode) is not null).ToList();
        var table = new ChartTable(
            "Capability",
            [new("phase", $"{country}: phase"), new("median", "Income-group median"), new("countries", "Countries in the median"), new("domain", "Domain", Numeric: false)],
            profile is { HasPhases: true }
                ? [.. capabilities.Select(c => new ChartRow(c.CapabilityCode, c.Name, [ProfileText.Phase(c.Phase), ProfileText.MedianCell(medians, c.CapabilityCode), ProfileText.CountriesCell(medians, c.CapabilityCode), DomainName(c.DomainCode)]))]
                : []);
        var figure = profile is { HasPhases: true }
            ? FigureJson.Serialize(PhaseRadarFigure.Build(country, [.. capabilities.Select(c => new RadarSpoke(c.Name, c.Phase, medians?.Shown(c.CapabilityCode)))]))
            : null;
        var group = page.IncomeGroupName is { } name ? $"the {name.ToLowerInvariant()} countries" : "its income group";
        return new ChartView(
            $"country-profile.{RadarName}",
            $"Phases against the income-group median{(round is null ? "" : $" · {round.Name}")}",
            $"{country}'s self-assessed phase of each capability (1 building to 4 maturity) beside the median phase of {group} that gave one in this round, {country} included. No other country is shown or named.",
            figure,
            $"Radar chart: {country}'s phase of each capability and the median phase of its income group.",
            table,
            round is null ? $"{country} has no validated self-assessment yet." : $"{country} gave no maturity phases in {round.Name}: its answers in this round are in the summary below.",
            round is null ? null : CsvHref(page.Country.Iso3, RadarName, round.Code),
            RadarNotes(medians));
    }

    /// <summary>The country's phase of each capability in every round, and its in-place answers in review rounds.</summary>
    public ChartView History(CountryProfilePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var country = page.Country.Name;
        var rounds = page.History.Reverse().ToList();
        var phaseRounds = rounds.Where(r => r.HasPhases).ToList();
        var inPlaceRounds = rounds.Where(r => r.HasInPlace).ToList();
        var columns = rounds.SelectMany(r => (IEnumerable<(CountryProfile Round, bool Phase)>)[.. r.HasPhases ? [(r, true)] : Array.Empty<(CountryProfile, bool)>(), .. r.HasInPlace ? [(r, false)] : Array.Empty<(CountryProfile, bool)>()]).ToList();
        var capabilities = catalog.Capabilities.ToList();
        var rows = capabilities
            .Where(c => columns.Any(col => Status(col.Round, c.Item.Code) is { } s && (col.Phase ? s.Phase is not null : s.InPlace is not null)))
            .Select(c => new ChartRow(c.Item.Code, c.Item.Name.English, [.. columns.Select(col => Status(col.Round, c.Item.Code) is not { } s ? "" : col.Phase ? ProfileText.Phase(s.Phase) : ProfileText.InPlace(s.InPlace))]))
            .ToList();
        var table = new ChartTable(
            "Capability",
            [.. columns.Select(col => new ChartColumn($"{col.Round.RoundCode}-{(col.Phase ? "phase" : "in-place")}", $"{page.RoundOf(col.Round).Name}: {(col.Phase ? "phase" : "in place")}", Numeric: col.Phase))],
            rows);
        var phased = capabilities.Where(c => catalog.PhaseQuestion(c.Item.Code) is not null).ToList();
        var figure = phaseRounds.Count == 0 ? null : FigureJson.Serialize(PhaseHistoryFigure.Build(
            [.. phaseRounds.Select(r => page.RoundOf(r).Name)],
            [.. phased.Select(c => c.Item.Name.English)],
            [.. phased.Select(c => (IReadOnlyList<double?>)[.. phaseRounds.Select(r => (double?)Status(r, c.Item.Code)?.Phase)])]));
        return new ChartView(
            $"country-profile.{HistoryName}",
            "History across rounds",
            $"{country}'s self-assessed phase of each capability in every round it has validated answers in (darker is a later phase), and its \"in place?\" answers in review rounds (in the table). Phases move non-linearly: read the capabilities together.",
            figure,
            $"Heatmap: {country}'s phase of each capability in each self-assessment round.",
            table,
            rounds.Count == 0
                ? $"{country} has no validated answers in any round yet."
                : inPlaceRounds.Count > 0
                    ? $"{country} has no validated self-assessment with phases yet; its \"in place?\" answers are in the summary above."
                    : $"{country} has no validated phases yet.",
            page.Round is null ? null : CsvHref(page.Country.Iso3, HistoryName, page.Round.Code),
            []);
    }

    private static CapabilityStatus? Status(CountryProfile profile, string capabilityCode) =>
        profile.Capabilities.FirstOrDefault(c => c.CapabilityCode == capabilityCode);

    private static List<string> RadarNotes(IncomeGroupMedians? medians)
    {
        if (medians is null)
        {
            return ["The income-group median appears once the secretariat publishes the round."];
        }

        if (medians.IncomeGroupName is null)
        {
            return ["The country has no income group in this round's classification, so there is no median to read it against."];
        }

        List<string> notes = [$"Median of the {medians.IncomeGroupName.ToLowerInvariant()} countries with validated phases in the round, the country included; with an even count, the mean of the two middle phases."];
        if (medians.AnyHidden)
        {
            notes.Add($"A median over fewer than {medians.MinimumCellSize} countries is hidden, for everyone who reads this profile: so few could identify a country.");
        }

        return notes;
    }

    private string DomainName(string domainCode) => catalog.Domain(domainCode)?.Content.Domain.Name.English ?? domainCode;
}
