using System.Globalization;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Data.Reports;

/// <summary>The sentences every rendering of a <see cref="ReviewReport"/> shares, in the report's language.</summary>
public static class ReportText
{
    /// <summary>The introduction's paragraphs.</summary>
    public static IReadOnlyList<string> Introduction(ReviewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var culture = report.Culture;
        var round = report.Round;
        var status = ReportWords.Get(round.Status == Entities.RoundStatus.Published ? "Status.Published" : "Status.NotPublished", culture);
        return
        [
            ReportWords.Format("Intro.Round", culture, round.Name, round.Year, status, ReportWords.Countries(report.Method.Countries, culture), ReportWords.Counted("Instruments", report.Method.Instruments.Count, culture)),
            ReportWords.Get("Intro.Method", culture),
        ];
    }

    /// <summary>"Government survey (answered by: Government focal point): 17 countries", in <paramref name="culture"/> (English when null).</summary>
    public static string Instrument(InstrumentFact instrument, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        culture ??= CultureInfo.InvariantCulture;
        return ReportWords.Format("Instrument", culture, instrument.Name, instrument.RespondentType, ReportWords.Countries(instrument.Countries, culture));
    }

    /// <summary>The line naming the round's data, e.g. its synthetic-data label, in <paramref name="culture"/> (English when null); null when it has none.</summary>
    public static string? DataLabel(RoundSummary round, CultureInfo? culture = null) =>
        round?.SyntheticDataLabel is { } label ? ReportWords.Format("DataLabel", culture ?? CultureInfo.InvariantCulture, label) : null;

    /// <summary>"95% (40 of 42)" at a bar's end, or "withheld", in <paramref name="culture"/>.</summary>
    public static string Bar(FigureRow row, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(culture);
        if (ReportWords.IsEnglish(culture))
        {
            return row.Text;
        }

        // The chart is drawn left to right: Arabic counts ("40 من 42") go in a right-to-left isolate so they read in order.
        var counts = Core.Reports.FindingText.Counts(row.Group, culture);
        return row.Group.IsPublished
            ? ReportWords.Format("Bar", culture, Core.Reports.FindingText.Value(row.Group, culture), culture.TextInfo.IsRightToLeft ? $"\u2067{counts}\u2069" : counts)
            : ReportWords.Get("Withheld", culture);
    }
}
