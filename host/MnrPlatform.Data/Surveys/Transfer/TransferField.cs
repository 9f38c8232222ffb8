namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>The fields of an answer row, in the order of the long form's columns.</summary>
public enum TransferField
{
    /// <summary>The round's code.</summary>
    Round,

    /// <summary>The country's ISO 3166-1 alpha-3 code.</summary>
    Country,

    /// <summary>The instrument's code.</summary>
    Instrument,

    /// <summary>The question's id.</summary>
    Question,

    /// <summary>The answer in its stored form (multiple-choice codes joined by '|').</summary>
    Value,

    /// <summary>The respondent's comment (optional).</summary>
    Comment,

    /// <summary>A link to evidence (optional).</summary>
    Evidence,
}

/// <summary>The long form's column names and how a file names the column of a field.</summary>
public static class TransferColumns
{
    /// <summary>The long form's header, in order: <c>round,country,instrument,question,value,comment,evidence</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["round", "country", "instrument", "question", "value", "comment", "evidence"];

    /// <summary>The columns a long-form file must have (comment and evidence may be left out).</summary>
    public static IReadOnlyList<TransferField> Required { get; } =
        [TransferField.Round, TransferField.Country, TransferField.Instrument, TransferField.Question, TransferField.Value];

    /// <summary>The column name of <paramref name="field"/>.</summary>
    public static string Name(TransferField field) => Names[(int)field];

    /// <summary>The field named <paramref name="name"/> (case and surrounding blanks ignored); null when none is.</summary>
    public static TransferField? Find(string name)
    {
        var trimmed = name.Trim();
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return (TransferField)i;
            }
        }

        return null;
    }
}

/// <summary>How one file (or sheet) labels the column of each field in problems, e.g. <c>E (value)</c> or <c>5 (value)</c>.</summary>
public sealed class ColumnLabels
{
    private readonly string?[] labels = new string?[TransferColumns.Names.Count];

    /// <summary>Records that <paramref name="field"/> is in the column called <paramref name="label"/>.</summary>
    public void Set(TransferField field, string label) => labels[(int)field] = label;

    /// <summary>The label of <paramref name="field"/>'s column; the field's name when the file has no such column.</summary>
    public string Of(TransferField field) => labels[(int)field] ?? TransferColumns.Name(field);
}
