using System.Globalization;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Data.Reports;

/// <summary>The sentences every rendering of a <see cref="ReviewReport"/> shares.</summary>
public static class ReportText
{
    /// <summary>The introduction's paragraphs.</summary>
    public static IReadOnlyList<string> Introduction(ReviewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var round = report.Round;
        var status = round.Status == Entities.RoundStatus.Published ? "published" : "not yet published";
        return
        [
            string.Create(CultureInfo.InvariantCulture,
                $"This report describes how countries implement the Model National Response (MNR) as reported in the survey round {round.Name} ({round.Year}, {status}). It is written from the round's validated answers: {report.Method.Countries} countries, through {report.Method.Instruments.Count} instrument(s)."),
            "Each finding gives the share of countries with n of N; N is the number of countries that answered the question (\"don't know\" and \"not applicable\" are left out), so it can be smaller than the number of countries surveyed. Figure 1 gives the snapshot of capabilities; a section per MNR domain follows, and the annex defines every indicator used.",
        ];
    }

    /// <summary>"Government survey (answered by: Government focal point): 17 countries".</summary>
    public static string Instrument(InstrumentFact instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return string.Create(CultureInfo.InvariantCulture, $"{instrument.Name} (answered by: {instrument.RespondentType}): {instrument.Countries} countries");
    }

    /// <summary>The line naming the round's data, e.g. its synthetic-data label; null when it has none.</summary>
    public static string? DataLabel(RoundSummary round) => round?.SyntheticDataLabel is { } label ? $"Data: {label}" : null;
}
