namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>The file formats answers are imported from and exported to (see README.md in this folder).</summary>
public enum TransferFormat
{
    /// <summary>CSV in long form: one answer per row (UTF-8).</summary>
    Csv,

    /// <summary>An Excel workbook with the same long sheet as the CSV.</summary>
    Xlsx,

    /// <summary>An Excel workbook in wide form for one country, round and instrument: one sheet per domain, one row per question.</summary>
    Template,

    /// <summary>JSON: the round, its synthetic-data label and an array of answers.</summary>
    Json,
}

/// <summary>Names and file extensions of <see cref="TransferFormat"/>.</summary>
public static class TransferFormats
{
    /// <summary>The usual file extension (with the dot) of <paramref name="format"/>.</summary>
    public static string Extension(this TransferFormat format) => format switch
    {
        TransferFormat.Csv => ".csv",
        TransferFormat.Json => ".json",
        _ => ".xlsx",
    };

    /// <summary>The MIME type of <paramref name="format"/> (for a download).</summary>
    public static string ContentType(this TransferFormat format) => format switch
    {
        TransferFormat.Csv => "text/csv; charset=utf-8",
        TransferFormat.Json => "application/json",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>Parses a format name as the command line takes it (csv, xlsx, template, json; any case); null when unknown.</summary>
    public static TransferFormat? Parse(string? name) =>
        Enum.TryParse<TransferFormat>(name, ignoreCase: true, out var format) && Enum.IsDefined(format) ? format : null;
}
