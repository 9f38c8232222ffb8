namespace MnrPlatform.Data.Exports;

/// <summary>What a results download says about itself: the note lines above the CSV and the "read me" sheet of the XLSX.</summary>
public static class IndicatorResultsReadMe
{
    /// <summary>The round's name, the synthetic-data label when there is one, and the suppression rule in force.</summary>
    public static IEnumerable<string> Notes(IndicatorResultsExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        yield return $"Indicator results · {export.Round.Name}";
        if (export.Round.SyntheticDataLabel is { } label)
        {
            yield return label;
        }

        yield return export.MinimumCellSize is { } k
            ? $"Cells counting fewer than {k} countries are suppressed, with complementary suppression; a suppressed cell has no numbers."
            : "Secretariat view: no cell is suppressed. Do not pass it on outside the secretariat.";
    }

    /// <summary>Each column with what it holds.</summary>
    public static IReadOnlyList<(string Column, string Meaning)> Columns { get; } =
    [
        ("round", "The survey round's code."),
        ("domain", "The MNR domain."),
        ("capability", "The capability the indicator measures."),
        ("indicator id", "The indicator's stable id."),
        ("indicator name", "The indicator's name."),
        ("breakdown", "How countries are grouped: all, income-group, income-band, region or instrument."),
        ("group code", "The group's code (all for every country)."),
        ("group name", "The group's name."),
        ("n", "The numerator: countries that meet the indicator. Empty when suppressed."),
        ("N", "The denominator: countries that answered. Empty when suppressed."),
        ("value", "n / N in the unit given, to one decimal (pages round it to a whole number). Empty when suppressed or nobody answered."),
        ("unit", "The value's unit."),
        ("suppression", "none: shown. primary: fewer than k countries. complementary: hidden so a primary-suppressed cell cannot be worked out from the totals. withheld: the groups overlap (a country in more than one), so the breakdown is not shown."),
    ];
}
