using System.Globalization;
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

        var countriesText = StrictUtf8File.Read(directory, CountriesFileName, problems);
        var countries = countriesText is null ? null : CheckCountries(countriesText, CountriesFileName, problems);

        var incomeText = StrictUtf8File.Read(directory, IncomeGroupsFileName, problems);
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
        var countries = StrictUtf8File.Read(directory, CountriesFileName, problems);
        var incomeGroups = StrictUtf8File.Read(directory, IncomeGroupsFileName, problems);
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
        var table = new ReferenceTableReader(fileName, CountryColumns);
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
            if (ReferenceTableReader.IsLetters(f[1], 3))
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
        var table = new ReferenceTableReader(fileName, IncomeGroupColumns);
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
            if (!ReferenceTableReader.IsDigits(f[1], 4) || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out year))
            {
                ok = table.Problem(row, "fiscal_year", $"'{f[1]}' is not a fiscal year (four digits, e.g. 2022)");
            }
            else if (year is < FirstFiscalYear or > LastFiscalYear)
            {
                ok = table.Problem(row, "fiscal_year", string.Create(CultureInfo.InvariantCulture, $"{year} is outside {FirstFiscalYear}-{LastFiscalYear}"));
            }
            else if (ReferenceTableReader.IsLetters(f[0], 3) && !yearRows.TryAdd((f[0], year), row.Line))
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
}
