using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using MnrPlatform.Core.Reference;

namespace MnrPlatform.Data.Reference;

/// <summary>
/// Reads <c>countries.csv</c> and <c>income-groups.csv</c> (format: <c>samples/data/reference/README.md</c>)
/// strictly: the exact header is required, every row is checked, and every problem found is
/// reported together in one <see cref="ReferenceDataException"/>. Problems name the file, the
/// physical line number in the file (comment lines counted) and the column.
/// </summary>
public static class ReferenceDataReader
{
    /// <summary>The countries file's name in a reference data folder.</summary>
    public const string CountriesFileName = "countries.csv";

    /// <summary>The income groups file's name in a reference data folder.</summary>
    public const string IncomeGroupsFileName = "income-groups.csv";

    /// <summary>The World Bank's classification starts with fiscal year 1989 (1987 GNI per capita).</summary>
    public const int FirstFiscalYear = 1989;

    /// <summary>The last fiscal year accepted, as a guard against typing errors.</summary>
    public const int LastFiscalYear = 2100;

    /// <summary>The exact columns of <c>countries.csv</c>.</summary>
    public static IReadOnlyList<string> CountryColumns { get; } =
        ["iso2", "iso3", "numeric", "name", "region", "sub_region", "intermediate_region"];

    /// <summary>The exact columns of <c>income-groups.csv</c>.</summary>
    public static IReadOnlyList<string> IncomeGroupColumns { get; } = ["iso3", "fiscal_year", "income_group"];

    /// <summary>Reads both files from <paramref name="directory"/> and checks income groups against the countries.</summary>
    /// <exception cref="ReferenceDataException">Either file is missing, not UTF-8 or has any problem; every problem is listed.</exception>
    public static ReferenceData Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var problems = new List<ReferenceDataProblem>();

        var countriesText = ReadUtf8(directory, CountriesFileName, problems);
        var countries = countriesText is null ? null : CheckCountries(countriesText, CountriesFileName, problems);

        var incomeText = ReadUtf8(directory, IncomeGroupsFileName, problems);
        var incomeGroups = incomeText is null
            ? null
            : CheckIncomeGroups(incomeText, IncomeGroupsFileName, countries?.RowsChecked == true ? countries.KnownIso3 : null, problems);

        ThrowIfAny(problems);
        return new ReferenceData(
            countries!.File.Records,
            incomeGroups!.Records,
            [.. Prefixed(countries.File), .. Prefixed(incomeGroups)]);
    }

    /// <summary>Reads both files' text from <paramref name="directory"/> (strict UTF-8), to import them.</summary>
    /// <exception cref="ReferenceDataException">A file is missing or not UTF-8.</exception>
    public static ReferenceDataFiles ReadFolder(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var problems = new List<ReferenceDataProblem>();
        var countries = ReadUtf8(directory, CountriesFileName, problems);
        var incomeGroups = ReadUtf8(directory, IncomeGroupsFileName, problems);
        ThrowIfAny(problems);
        return new ReferenceDataFiles(Path.GetFullPath(directory), countries!, incomeGroups!);
    }

    /// <summary>Reads a countries file.</summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="fileName">The name used in problem messages.</param>
    /// <exception cref="ReferenceDataException">The file has any problem; every problem is listed.</exception>
    public static ReferenceFile<CountryRecord> ReadCountries(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var problems = new List<ReferenceDataProblem>();
        var result = CheckCountries(reader.ReadToEnd(), fileName, problems);
        ThrowIfAny(problems);
        return result.File;
    }

    /// <summary>Reads an income groups file on its own, without checking its codes against a countries list.</summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="fileName">The name used in problem messages.</param>
    /// <exception cref="ReferenceDataException">The file has any problem; every problem is listed.</exception>
    public static ReferenceFile<IncomeGroupRecord> ReadIncomeGroups(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var problems = new List<ReferenceDataProblem>();
        var result = CheckIncomeGroups(reader.ReadToEnd(), fileName, null, problems);
        ThrowIfAny(problems);
        return result;
    }

    /// <summary>Reads an income groups file and requires each <c>iso3</c> to be one of <paramref name="countries"/>.</summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="fileName">The name used in problem messages.</param>
    /// <param name="countries">The countries the income groups may refer to.</param>
    /// <exception cref="ReferenceDataException">The file has any problem; every problem is listed.</exception>
    public static ReferenceFile<IncomeGroupRecord> ReadIncomeGroups(TextReader reader, string fileName, IEnumerable<CountryRecord> countries)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(countries);
        var problems = new List<ReferenceDataProblem>();
        var known = countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var result = CheckIncomeGroups(reader.ReadToEnd(), fileName, known, problems);
        ThrowIfAny(problems);
        return result;
    }

    /// <summary>A countries file and the well-formed iso3 codes of all its rows (also of rows with other problems).</summary>
    private sealed record CountriesResult(ReferenceFile<CountryRecord> File, HashSet<string> KnownIso3, bool RowsChecked);

    private static CountriesResult CheckCountries(string text, string fileName, List<ReferenceDataProblem> problems)
    {
        var records = new List<CountryRecord>();
        var knownIso3 = new HashSet<string>(StringComparer.Ordinal);
        var table = new TableReader(fileName, CountryColumns);
        var sources = table.Open(text, out var rows);
        var iso2Rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var iso3Rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var numericRows = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var row in rows)
        {
            var f = row.Fields;
            var ok = table.RequireLetters(row, 0, 2) && table.RequireUnique(row, 0, iso2Rows);
            ok &= table.RequireLetters(row, 1, 3) && table.RequireUnique(row, 1, iso3Rows);
            ok &= table.RequireDigits(row, 2, 3) && table.RequireUnique(row, 2, numericRows);
            if (IsLetters(f[1], 3))
            {
                knownIso3.Add(f[1]);
            }

            if (f[3].Length == 0)
            {
                ok = table.Problem(row, "name", "is empty; every country needs a name");
            }
            else if (!string.Equals(f[3], f[3].Trim(), StringComparison.Ordinal))
            {
                ok = table.Problem(row, "name", $"'{f[3]}' has spaces at the start or end");
            }

            var region = NullIfEmpty(f[4]);
            var subRegion = NullIfEmpty(f[5]);
            var intermediate = NullIfEmpty(f[6]);
            if (M49.Check(region, subRegion, intermediate) is var (column, reason))
            {
                ok = table.Problem(row, column, reason);
            }

            if (ok)
            {
                records.Add(new CountryRecord(f[0], f[1], f[2], f[3], region, subRegion, intermediate));
            }
        }

        table.ReportTo(problems);
        return new CountriesResult(new ReferenceFile<CountryRecord>(fileName, records, sources), knownIso3, table.RowsChecked);
    }

    private static ReferenceFile<IncomeGroupRecord> CheckIncomeGroups(
        string text, string fileName, HashSet<string>? knownIso3, List<ReferenceDataProblem> problems)
    {
        var records = new List<IncomeGroupRecord>();
        var table = new TableReader(fileName, IncomeGroupColumns);
        var sources = table.Open(text, out var rows);
        var yearRows = new Dictionary<(string Iso3, int Year), int>();

        foreach (var row in rows)
        {
            var f = row.Fields;
            var ok = table.RequireLetters(row, 0, 3);
            if (ok && knownIso3 is not null && !knownIso3.Contains(f[0]))
            {
                ok = table.Problem(row, "iso3", $"'{f[0]}' is not the iso3 of any row of {CountriesFileName}");
            }

            var year = 0;
            if (!IsDigits(f[1], 4) || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out year))
            {
                ok = table.Problem(row, "fiscal_year", $"'{f[1]}' is not a fiscal year (four digits, e.g. 2022)");
            }
            else if (year is < FirstFiscalYear or > LastFiscalYear)
            {
                ok = table.Problem(row, "fiscal_year", string.Create(CultureInfo.InvariantCulture, $"{year} is outside {FirstFiscalYear}-{LastFiscalYear}"));
            }
            else if (IsLetters(f[0], 3) && !yearRows.TryAdd((f[0], year), row.Line))
            {
                ok = table.Problem(row, "fiscal_year", string.Create(CultureInfo.InvariantCulture, $"'{f[0]}' already has fiscal year {year} on row {yearRows[(f[0], year)]}"));
            }

            if (!IncomeGroups.TryParse(f[2], out var group))
            {
                ok = table.Problem(row, "income_group", $"'{f[2]}' is not a World Bank income group code ({string.Join(", ", IncomeGroups.All.Select(IncomeGroups.Code))})");
            }

            if (ok)
            {
                records.Add(new IncomeGroupRecord(f[0], year, group));
            }
        }

        table.ReportTo(problems);
        return new ReferenceFile<IncomeGroupRecord>(fileName, records, sources);
    }

    /// <summary>Reads a file as strict UTF-8; adds a problem and returns null when it is missing or not UTF-8.</summary>
    private static string? ReadUtf8(string directory, string fileName, List<ReferenceDataProblem> problems)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            problems.Add(new ReferenceDataProblem(fileName, null, null, $"the file is missing (looked for {path})"));
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> utf8 = bytes;
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(utf8, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        // Report each line that holds bytes that are not UTF-8 (the first ten of them), then skip the file.
        const int MostLinesReported = 10;
        var lastLineReported = 0;
        var linesReported = 0;
        var line = 1;
        var offset = 0;
        while (status != OperationStatus.Done)
        {
            line += utf8.Slice(offset, read).Count((byte)'\n');
            offset += read;
            if (line != lastLineReported)
            {
                if (++linesReported > MostLinesReported)
                {
                    problems.Add(new ReferenceDataProblem(fileName, null, null, "has more lines that are not valid UTF-8; is it a text file saved as UTF-8?"));
                    break;
                }

                problems.Add(new ReferenceDataProblem(
                    fileName,
                    line,
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"is not valid UTF-8 (byte 0x{utf8[offset]:X2} at byte offset {offset}); save the file as UTF-8")));
                lastLineReported = line;
            }

            offset++;
            status = Utf8.ToUtf16(utf8[offset..], chars, out read, out _, replaceInvalidSequences: false);
        }

        return null;
    }

    private static void ThrowIfAny(List<ReferenceDataProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new ReferenceDataException(problems);
        }
    }

    private static IEnumerable<string> Prefixed<TRecord>(ReferenceFile<TRecord> file) =>
        file.Sources.Select(source => $"{file.FileName}: {source}");

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static bool IsLetters(string value, int length) =>
        value.Length == length && value.All(char.IsAsciiLetterUpper);

    private static bool IsDigits(string value, int length) =>
        value.Length == length && value.All(char.IsAsciiDigit);

    /// <summary>
    /// The checks every table shares: comments and sources, header, blank and misplaced lines,
    /// field counts, quoting, code shapes, uniqueness. Collects its problems and reports them in row order.
    /// </summary>
    private sealed class TableReader(string fileName, IReadOnlyList<string> columns)
    {
        private const string SourcePrefix = "source:";
        private readonly List<ReferenceDataProblem> found = [];

        /// <summary>Whether the header was right, so that the rows were checked.</summary>
        public bool RowsChecked { get; private set; }

        /// <summary>Splits the text, checks everything that is not about a particular column, and returns the sources.</summary>
        /// <param name="text">The file's text.</param>
        /// <param name="rows">The data rows with the right number of fields and no splitting problems.</param>
        public List<string> Open(string text, out List<CsvRow> rows)
        {
            var document = ReferenceCsv.Split(text);
            var sources = ReadSources(document.Comments);
            rows = [];
            var expected = string.Join(",", columns);
            if (document.Header is null)
            {
                Add(null, null, $"has no header line; it must be exactly '{expected}'");
                return sources;
            }

            if (!document.Header.Fields.SequenceEqual(columns, StringComparer.Ordinal) || document.Header.Issues.Count > 0)
            {
                Add(document.Header.Line, null, $"the header must be exactly '{expected}' but is '{document.Header.Joined}'; the rows were not checked");
                return sources;
            }

            RowsChecked = true;
            foreach (var (line, reason) in document.LineProblems)
            {
                Add(line, null, reason);
            }

            foreach (var row in document.Rows)
            {
                if (IsWellFormed(row, expected))
                {
                    rows.Add(row);
                }
            }

            return sources;
        }

        /// <summary>Adds a problem about one column of a row; returns false so a caller can write <c>ok = Problem(...)</c>.</summary>
        public bool Problem(CsvRow row, string column, string reason)
        {
            Add(row.Line, column, reason);
            return false;
        }

        public bool RequireLetters(CsvRow row, int fieldIndex, int length)
        {
            var value = row.Fields[fieldIndex];
            return IsLetters(value, length)
                || Problem(row, columns[fieldIndex], $"'{value}' is not {Count(length)} capital letters A-Z");
        }

        public bool RequireDigits(CsvRow row, int fieldIndex, int length)
        {
            var value = row.Fields[fieldIndex];
            return IsDigits(value, length)
                || Problem(row, columns[fieldIndex], $"'{value}' is not {Count(length)} digits 0-9 (keep leading zeros, e.g. 004)");
        }

        public bool RequireUnique(CsvRow row, int fieldIndex, Dictionary<string, int> firstRows)
        {
            var value = row.Fields[fieldIndex];
            return firstRows.TryAdd(value, row.Line)
                || Problem(row, columns[fieldIndex], string.Create(CultureInfo.InvariantCulture, $"'{value}' is already on row {firstRows[value]}"));
        }

        /// <summary>Adds the problems found to <paramref name="problems"/>: whole-file ones first, then by row.</summary>
        public void ReportTo(List<ReferenceDataProblem> problems) =>
            problems.AddRange(found.OrderBy(p => p.Row ?? 0));

        private List<string> ReadSources(IReadOnlyList<CsvComment> comments)
        {
            var sources = new List<string>();
            foreach (var comment in comments.Where(c => c.Text.StartsWith(SourcePrefix, StringComparison.Ordinal)))
            {
                var source = comment.Text[SourcePrefix.Length..].Trim();
                if (source.Length == 0)
                {
                    Add(comment.Line, null, "is a '# source:' line that names no source");
                }
                else
                {
                    sources.Add(source);
                }
            }

            if (sources.Count == 0)
            {
                Add(null, null, "has no '# source:' line; start the file with '# source: <where the data comes from>' before the header");
            }

            return sources;
        }

        private bool IsWellFormed(CsvRow row, string expected)
        {
            foreach (var issue in row.Issues)
            {
                Add(row.Line, issue.FieldIndex < columns.Count ? columns[issue.FieldIndex] : null, issue.Reason);
            }

            if (row.Issues.Any(issue => issue.Unclosed))
            {
                return false; // the field count means nothing once a quote swallowed the rest of the file
            }

            if (row.Fields.Count != columns.Count)
            {
                Add(
                    row.Line,
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"has {row.Fields.Count} fields but the header has {columns.Count} ({expected}); quote a field that holds a comma"));
                return false;
            }

            var wellFormed = row.Issues.Count == 0;
            for (var i = 0; i < columns.Count; i++)
            {
                if (row.Fields[i].Contains('\uFFFD', StringComparison.Ordinal))
                {
                    wellFormed = Problem(row, columns[i], $"'{row.Fields[i]}' holds U+FFFD, the mark a decoder leaves for bytes that are not UTF-8; save the file as UTF-8");
                }
            }

            return wellFormed;
        }

        private void Add(int? line, string? column, string reason) =>
            found.Add(new ReferenceDataProblem(fileName, line, column, reason));

        private static string Count(int length) => length switch
        {
            2 => "two",
            3 => "three",
            4 => "four",
            _ => length.ToString(CultureInfo.InvariantCulture),
        };
    }
}
