using System.Globalization;

namespace MnrPlatform.Data.Reference;

/// <summary>One thing wrong in a reference file.</summary>
/// <param name="FileName">The file's name.</param>
/// <param name="Row">
/// The physical line number in the file (1 = first line, comment lines counted), or
/// <see langword="null"/> when the problem concerns the whole file.
/// </param>
/// <param name="Column">The column's header name, or <see langword="null"/> when no single column is at fault.</param>
/// <param name="Reason">What is wrong, in words a person editing the file can act on.</param>
public sealed record ReferenceDataProblem(string FileName, int? Row, string? Column, string Reason)
{
    /// <summary><c>file, row N, column 'x': reason</c>, leaving out the parts that are not known.</summary>
    public override string ToString()
    {
        var where = FileName;
        if (Row is { } row)
        {
            where += string.Create(CultureInfo.InvariantCulture, $", row {row}");
        }

        if (Column is not null)
        {
            where += $", column '{Column}'";
        }

        return $"{where}: {Reason}";
    }
}
