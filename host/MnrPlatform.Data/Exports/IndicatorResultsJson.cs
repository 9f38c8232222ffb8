using System.Text.Json;

namespace MnrPlatform.Data.Exports;

/// <summary>
/// A round's results download as JSON: an object with the round, its name, the synthetic-data label,
/// minimumCellSize (only when cells are suppressed) and results[], one object per row. Names and
/// counts agree with the API's <c>/api/v1/rounds/{round}/results</c> (numerator, denominator); the
/// value is to one decimal and the suppression reason in lower case.
/// </summary>
public static class IndicatorResultsJson
{
    /// <summary>The UTF-8 JSON bytes of <paramref name="export"/>.</summary>
    public static byte[] ToBytes(IndicatorResultsExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("round", export.Round.Code);
            json.WriteString("roundName", export.Round.Name);
            json.WriteString("syntheticDataLabel", export.Round.SyntheticDataLabel);
            if (export.MinimumCellSize is { } k)
            {
                json.WriteNumber("minimumCellSize", k);
            }

            json.WriteString("valueNote", "value is n / N in the unit given, to one decimal; pages round it to a whole number");
            json.WriteStartArray("results");
            foreach (var row in export.Rows)
            {
                Write(json, row);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return output.ToArray();
    }

    private static void Write(Utf8JsonWriter json, IndicatorResultRow row)
    {
        json.WriteStartObject();
        json.WriteString("domain", row.Domain);
        json.WriteString("capability", row.Capability);
        json.WriteString("indicator", row.IndicatorId);
        json.WriteString("indicatorName", row.IndicatorName);
        json.WriteString("breakdown", row.Breakdown);
        json.WriteString("groupCode", row.GroupCode);
        json.WriteString("groupName", row.GroupName);
        Number(json, "numerator", row.Numerator);
        Number(json, "denominator", row.Denominator);
        if (row.Value is { } value)
        {
            json.WriteNumber("value", value);
        }
        else
        {
            json.WriteNull("value");
        }

        json.WriteString("unit", row.Unit);
        json.WriteString("suppression", row.Suppression);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } n)
        {
            json.WriteNumber(name, n);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
