using System.Text;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Reference;

namespace MnrPlatform.Data.Tests.Reference;

/// <summary>
/// The reader accepts well-formed RFC 4180 files with a leading '#' block, and rejects every kind
/// of bad input with problems naming file, row (physical line) and column, all of them at once.
/// </summary>
public sealed class ReferenceDataReaderTests
{
    private const string CountriesHeader = "iso2,iso3,numeric,name,region,sub_region,intermediate_region";
    private const string IncomeHeader = "iso3,fiscal_year,income_group";

    // With one source line, the header is row 2 and the first data row is row 3.
    private const string CountriesStart = "# source: test\n" + CountriesHeader + "\n";
    private const string IncomeStart = "# source: test\n" + IncomeHeader + "\n";

    private const string Kenya = "KE,KEN,404,Kenya,Africa,Sub-Saharan Africa,Eastern Africa";
    private const string Cyprus = "CY,CYP,196,Cyprus,Asia,Western Asia,";

    [Fact]
    public void Quoted_fields_UTF_8_names_CRLF_and_empty_regions_read_as_written()
    {
        var text = "\uFEFF# source: first\r\n# note: ignored\r\n# source: second\r\n" + CountriesHeader + "\r\n"
            + "BQ,BES,535,\"Bonaire, Sint Eustatius and Saba\",Americas,Latin America and the Caribbean,Caribbean\r\n"
            + "CI,CIV,384,Côte d'Ivoire,Africa,Sub-Saharan Africa,Western Africa\r\n"
            + "CW,CUW,531,\"Curaçao \"\"CW\"\"\",Americas,Latin America and the Caribbean,Caribbean\r\n"
            + "TR,TUR,792,Türkiye,Asia,Western Asia,\r\n"
            + "AQ,ATA,010,Antarctica,,,\r\n";

        var file = ReferenceDataReader.ReadCountries(new StringReader(text), "countries.csv");

        Assert.Equal(["first", "second"], file.Sources);
        Assert.Equal(
            [
                new CountryRecord("BQ", "BES", "535", "Bonaire, Sint Eustatius and Saba", "Americas", "Latin America and the Caribbean", "Caribbean"),
                new CountryRecord("CI", "CIV", "384", "Côte d'Ivoire", "Africa", "Sub-Saharan Africa", "Western Africa"),
                new CountryRecord("CW", "CUW", "531", "Curaçao \"CW\"", "Americas", "Latin America and the Caribbean", "Caribbean"),
                new CountryRecord("TR", "TUR", "792", "Türkiye", "Asia", "Western Asia", null),
                new CountryRecord("AQ", "ATA", "010", "Antarctica", null, null, null),
            ],
            file.Records);
    }

    [Fact]
    public void A_file_without_a_final_line_break_reads()
    {
        var file = ReferenceDataReader.ReadCountries(new StringReader(CountriesStart + Kenya), "countries.csv");

        Assert.Equal("KEN", Assert.Single(file.Records).Iso3);
    }

    [Theory]
    [InlineData("K,KEN,404,Kenya,Africa,Sub-Saharan Africa,Eastern Africa", "countries.csv, row 3, column 'iso2': 'K' is not two capital letters A-Z")]
    [InlineData("KE,ken,404,Kenya,Africa,Sub-Saharan Africa,Eastern Africa", "countries.csv, row 3, column 'iso3': 'ken' is not three capital letters A-Z")]
    [InlineData("KE,KEN,404 ,Kenya,Africa,Sub-Saharan Africa,Eastern Africa", "countries.csv, row 3, column 'numeric': '404 ' is not three digits 0-9 (keep leading zeros, e.g. 004)")]
    [InlineData("AF,AFG,4,Afghanistan,Asia,Southern Asia,", "countries.csv, row 3, column 'numeric': '4' is not three digits 0-9 (keep leading zeros, e.g. 004)")]
    [InlineData("KE,KEN,404,,Africa,Sub-Saharan Africa,Eastern Africa", "countries.csv, row 3, column 'name': is empty; every country needs a name")]
    [InlineData("KE,KEN,404, Kenya,Africa,Sub-Saharan Africa,Eastern Africa", "countries.csv, row 3, column 'name': ' Kenya' has spaces at the start or end")]
    [InlineData("KE,KEN,404,Kenya,Afrika,Sub-Saharan Africa,Eastern Africa", "countries.csv, row 3, column 'region': 'Afrika' is not an M49 region (Africa, Americas, Asia, Europe, Oceania)")]
    [InlineData("CY,CYP,196,Cyprus,Europe,Western Asia,", "countries.csv, row 3, column 'sub_region': 'Western Asia' is in Asia, not in Europe")]
    [InlineData("CY,CYP,196,Cyprus,Asia,,", "countries.csv, row 3, column 'sub_region': is empty; every country in Asia has an M49 sub-region (Central Asia, Eastern Asia, South-eastern Asia, Southern Asia, Western Asia)")]
    [InlineData("MX,MEX,484,Mexico,Americas,Latin America and the Caribbean,", "countries.csv, row 3, column 'intermediate_region': is empty; every country in Latin America and the Caribbean has an M49 intermediate region (Caribbean, Central America, South America)")]
    [InlineData("MX,MEX,484,Mexico,Americas,Northern America,Central America", "countries.csv, row 3, column 'intermediate_region': 'Central America' is in Latin America and the Caribbean, not in Northern America")]
    [InlineData("GB,GBR,826,United Kingdom,Europe,Northern Europe,Britain", "countries.csv, row 3, column 'intermediate_region': 'Britain' is not an M49 intermediate region")]
    [InlineData("AQ,ATA,010,Antarctica,,Antarctic,", "countries.csv, row 3, column 'region': is empty but a sub-region or intermediate region is given; only an entry in no M49 region (Antarctica) leaves region empty, and then all three are empty")]
    [InlineData("BQ,BES,535,Bonaire, Sint Eustatius and Saba,Americas,Latin America and the Caribbean,Caribbean", "countries.csv, row 3: has 8 fields but the header has 7 (iso2,iso3,numeric,name,region,sub_region,intermediate_region); quote a field that holds a comma")]
    [InlineData("KE,KEN,404,Kenya,Africa,Sub-Saharan Africa", "countries.csv, row 3: has 6 fields but the header has 7 (iso2,iso3,numeric,name,region,sub_region,intermediate_region); quote a field that holds a comma")]
    [InlineData("CI,CIV,384,Côte d\"Ivoire,Africa,Sub-Saharan Africa,Western Africa", "countries.csv, row 3, column 'name': has a quote in a field that is not quoted; quote the whole field and double the quote")]
    [InlineData("CI,CIV,384,\"Côte\" d'Ivoire,Africa,Sub-Saharan Africa,Western Africa", "countries.csv, row 3, column 'name': has text after its closing quote; quote the whole field and double any quote inside it")]
    [InlineData("CI,CIV,384,\"Côte d'Ivoire,Africa,Sub-Saharan Africa,Western Africa", "countries.csv, row 3, column 'name': opens a quote that is never closed; the rest of the file was read into this field")]
    [InlineData("CI,CIV,384,C\uFFFDte d'Ivoire,Africa,Sub-Saharan Africa,Western Africa", "countries.csv, row 3, column 'name': 'C\uFFFDte d'Ivoire' holds U+FFFD, the mark a decoder leaves for bytes that are not UTF-8; save the file as UTF-8")]
    public void Each_bad_country_row_is_named_by_file_row_and_column(string row, string problem)
    {
        var error = Assert.Throws<ReferenceDataException>(() => ReadCountries(CountriesStart + row + "\n"));

        Assert.Equal([problem], error.Problems.Select(p => p.ToString()));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Kenya + "\nKE,KEX,405,Kenya 2,Africa,Sub-Saharan Africa,Eastern Africa", "countries.csv, row 4, column 'iso2': 'KE' is already on row 3")]
    [InlineData(Kenya + "\nKF,KEN,405,Kenya 2,Africa,Sub-Saharan Africa,Eastern Africa", "countries.csv, row 4, column 'iso3': 'KEN' is already on row 3")]
    [InlineData(Kenya + "\nKF,KEX,404,Kenya 2,Africa,Sub-Saharan Africa,Eastern Africa", "countries.csv, row 4, column 'numeric': '404' is already on row 3")]
    [InlineData(Kenya + "\n\n" + Cyprus, "countries.csv, row 4: is empty; remove blank lines")]
    [InlineData(Kenya + "\n# source: late\n" + Cyprus, "countries.csv, row 4: is a comment line after the header; '#' lines are allowed only in the block before the header")]
    public void Duplicates_blank_lines_and_late_comments_are_named_by_row(string rows, string problem)
    {
        var error = Assert.Throws<ReferenceDataException>(() => ReadCountries(CountriesStart + rows + "\n"));

        Assert.Equal([problem], error.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("# source: test\niso2,iso3,numeric,name,region,subregion,intermediate_region\n" + Kenya, "countries.csv, row 2: the header must be exactly 'iso2,iso3,numeric,name,region,sub_region,intermediate_region' but is 'iso2,iso3,numeric,name,region,subregion,intermediate_region'; the rows were not checked")]
    [InlineData("# source: test\n# note: no header follows\n", "countries.csv: has no header line; it must be exactly 'iso2,iso3,numeric,name,region,sub_region,intermediate_region'")]
    [InlineData(CountriesHeader + "\n" + Kenya, "countries.csv: has no '# source:' line; start the file with '# source: <where the data comes from>' before the header")]
    [InlineData("# Source: capitalised is not a source line\n" + CountriesHeader + "\n" + Kenya, "countries.csv: has no '# source:' line; start the file with '# source: <where the data comes from>' before the header")]
    public void A_wrong_header_or_a_missing_source_names_the_file(string text, string problem)
    {
        var error = Assert.Throws<ReferenceDataException>(() => ReadCountries(text));

        Assert.Equal([problem], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void An_empty_source_line_is_named_by_its_row()
    {
        var error = Assert.Throws<ReferenceDataException>(() => ReadCountries("# source: real\n# source:\n" + CountriesHeader + "\n" + Kenya));

        Assert.Equal(["countries.csv, row 2: is a '# source:' line that names no source"], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Rows_are_numbered_by_the_physical_line_they_start_on()
    {
        // Three comment lines; the header is line 4; a quoted name spans lines 6 and 7.
        var text = "# source: a\n# source: b\n# compiled: today\n" + CountriesHeader + "\n"
            + Kenya + "\n"
            + "CI,CIV,384,\"Côte\nd'Ivoire\",Africa,Sub-Saharan Africa,Western Africa\n"
            + "CY,cyp,196,Cyprus,Asia,Western Asia,\n";

        var error = Assert.Throws<ReferenceDataException>(() => ReadCountries(text));

        Assert.Equal(["countries.csv, row 8, column 'iso3': 'cyp' is not three capital letters A-Z"], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Every_problem_of_a_file_is_listed_in_row_order_in_one_exception()
    {
        var text = CountriesStart
            + "K,KEN,404,Kenya,Africa,Sub-Saharan Africa,\n"
            + "KE,KEN,4040,Kenya,Africa,Sub-Saharan Africa,Eastern Africa\n"
            + "\n"
            + "CY,CYP,196,Cyprus,Europe,Western Asia,,\n"
            + "CY,CYP,196,\"Cyprus\" (again),Europe,Western Asia,\n";

        var error = Assert.Throws<ReferenceDataException>(() => ReadCountries(text));

        string[] expected =
        [
            "countries.csv, row 3, column 'iso2': 'K' is not two capital letters A-Z",
            "countries.csv, row 3, column 'intermediate_region': is empty; every country in Sub-Saharan Africa has an M49 intermediate region (Eastern Africa, Middle Africa, Southern Africa, Western Africa)",
            "countries.csv, row 4, column 'iso3': 'KEN' is already on row 3",
            "countries.csv, row 4, column 'numeric': '4040' is not three digits 0-9 (keep leading zeros, e.g. 004)",
            "countries.csv, row 5: is empty; remove blank lines",
            "countries.csv, row 6: has 8 fields but the header has 7 (iso2,iso3,numeric,name,region,sub_region,intermediate_region); quote a field that holds a comma",
            "countries.csv, row 7, column 'name': has text after its closing quote; quote the whole field and double any quote inside it",
        ];
        Assert.Equal(expected, error.Problems.Select(p => p.ToString()));
        Assert.Equal(
            string.Join(Environment.NewLine, ["The reference data has 7 problems:", .. expected]),
            error.Message);
    }

    [Fact]
    public void Income_groups_read_with_World_Bank_codes()
    {
        var file = ReferenceDataReader.ReadIncomeGroups(
            new StringReader(IncomeStart + "KEN,2022,LM\nKEN,2026,LM\nCYP,2022,H\nRWA,2022,L\nBGR,2022,UM\n"),
            "income-groups.csv");

        Assert.Equal(
            [
                new IncomeGroupRecord("KEN", 2022, IncomeGroup.LowerMiddle),
                new IncomeGroupRecord("KEN", 2026, IncomeGroup.LowerMiddle),
                new IncomeGroupRecord("CYP", 2022, IncomeGroup.High),
                new IncomeGroupRecord("RWA", 2022, IncomeGroup.Low),
                new IncomeGroupRecord("BGR", 2022, IncomeGroup.UpperMiddle),
            ],
            file.Records);
    }

    [Theory]
    [InlineData("KEN,2022,UMC", "income-groups.csv, row 3, column 'income_group': 'UMC' is not a World Bank income group code (L, LM, UM, H)")]
    [InlineData("KEN,2022,lm", "income-groups.csv, row 3, column 'income_group': 'lm' is not a World Bank income group code (L, LM, UM, H)")]
    [InlineData("KEN,22,LM", "income-groups.csv, row 3, column 'fiscal_year': '22' is not a fiscal year (four digits, e.g. 2022)")]
    [InlineData("KEN,FY22,LM", "income-groups.csv, row 3, column 'fiscal_year': 'FY22' is not a fiscal year (four digits, e.g. 2022)")]
    [InlineData("KEN,1950,LM", "income-groups.csv, row 3, column 'fiscal_year': 1950 is outside 1989-2100")]
    [InlineData("KE,2022,LM", "income-groups.csv, row 3, column 'iso3': 'KE' is not three capital letters A-Z")]
    [InlineData("KEN,2022,LM\nKEN,2022,UM", "income-groups.csv, row 4, column 'fiscal_year': 'KEN' already has fiscal year 2022 on row 3")]
    [InlineData("KEN,2022", "income-groups.csv, row 3: has 2 fields but the header has 3 (iso3,fiscal_year,income_group); quote a field that holds a comma")]
    public void Each_bad_income_group_row_is_named_by_file_row_and_column(string rows, string problem)
    {
        var error = Assert.Throws<ReferenceDataException>(
            () => ReferenceDataReader.ReadIncomeGroups(new StringReader(IncomeStart + rows + "\n"), "income-groups.csv"));

        Assert.Equal([problem], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Income_groups_must_refer_to_known_countries()
    {
        var countries = ReadCountries(CountriesStart + Kenya + "\n").Records;

        var error = Assert.Throws<ReferenceDataException>(
            () => ReferenceDataReader.ReadIncomeGroups(new StringReader(IncomeStart + "KEN,2022,LM\nXKX,2022,UM\n"), "income-groups.csv", countries));

        Assert.Equal(["income-groups.csv, row 4, column 'iso3': 'XKX' is not the iso3 of any row of countries.csv"], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Reading_a_folder_returns_both_files_and_their_sources()
    {
        using var folder = new TempDirectory();
        Write(folder, ReferenceDataReader.CountriesFileName, CountriesStart + Kenya + "\n" + Cyprus + "\n");
        Write(folder, ReferenceDataReader.IncomeGroupsFileName, "# source: wb\n" + IncomeHeader + "\nKEN,2022,LM\nCYP,2022,H\n");

        var data = ReferenceDataReader.Read(folder.Path);

        Assert.Equal(["KEN", "CYP"], data.Countries.Select(c => c.Iso3));
        Assert.Equal(2, data.IncomeGroups.Count);
        Assert.Equal(["countries.csv: test", "income-groups.csv: wb"], data.Sources);
    }

    [Fact]
    public void Reading_a_folder_lists_the_problems_of_both_files_together()
    {
        using var folder = new TempDirectory();
        Write(folder, ReferenceDataReader.CountriesFileName, CountriesStart + Kenya + "\n" + "CY,CYP,196,Cyprus,Europe,Western Asia,\n");
        Write(folder, ReferenceDataReader.IncomeGroupsFileName, IncomeStart + "KEN,2022,LM\nCYP,2022,HI\nXKX,2022,UM\n");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataReader.Read(folder.Path));

        // CYP is still a known iso3: its row's only problem is the region.
        Assert.Equal(
            [
                "countries.csv, row 4, column 'sub_region': 'Western Asia' is in Asia, not in Europe",
                "income-groups.csv, row 4, column 'income_group': 'HI' is not a World Bank income group code (L, LM, UM, H)",
                "income-groups.csv, row 5, column 'iso3': 'XKX' is not the iso3 of any row of countries.csv",
            ],
            error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_file_that_is_not_UTF_8_is_rejected_naming_the_file_and_each_line()
    {
        using var folder = new TempDirectory();
        var latin1 = Encoding.Latin1.GetBytes(CountriesStart + Kenya + "\nCI,CIV,384,Côte d'Ivoire,Africa,Sub-Saharan Africa,Western Africa\nCW,CUW,531,Curaçao,Americas,Latin America and the Caribbean,Caribbean\n");
        File.WriteAllBytes(Path.Combine(folder.Path, ReferenceDataReader.CountriesFileName), latin1);
        Write(folder, ReferenceDataReader.IncomeGroupsFileName, IncomeStart + "KEN,2022,LM\n");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataReader.Read(folder.Path));

        var offsetOfO = Array.IndexOf(latin1, (byte)0xF4);
        var offsetOfC = Array.IndexOf(latin1, (byte)0xE7);
        Assert.Equal(
            [
                $"countries.csv, row 4: is not valid UTF-8 (byte 0xF4 at byte offset {offsetOfO}); save the file as UTF-8",
                $"countries.csv, row 5: is not valid UTF-8 (byte 0xE7 at byte offset {offsetOfC}); save the file as UTF-8",
            ],
            error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_file_with_many_bad_lines_is_reported_by_its_first_ten()
    {
        using var folder = new TempDirectory();
        var bytes = Enumerable.Range(0, 30).SelectMany(_ => new byte[] { 0xFF, (byte)'x', (byte)'\n' }).ToArray();
        File.WriteAllBytes(Path.Combine(folder.Path, ReferenceDataReader.CountriesFileName), bytes);
        Write(folder, ReferenceDataReader.IncomeGroupsFileName, IncomeStart + "KEN,2022,LM\n");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataReader.Read(folder.Path));

        Assert.Equal(Enumerable.Range(1, 10).Select(n => (int?)n).Append(null), error.Problems.Select(p => p.Row));
        Assert.Equal("countries.csv: has more lines that are not valid UTF-8; is it a text file saved as UTF-8?", error.Problems[^1].ToString());
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var folder = new TempDirectory();
        Write(folder, ReferenceDataReader.CountriesFileName, CountriesStart + Kenya + "\n");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataReader.Read(folder.Path));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((ReferenceDataReader.IncomeGroupsFileName, (int?)null), (problem.FileName, problem.Row));
        Assert.StartsWith("income-groups.csv: the file is missing (looked for ", problem.ToString(), StringComparison.Ordinal);
    }

    private static ReferenceFile<CountryRecord> ReadCountries(string text) =>
        ReferenceDataReader.ReadCountries(new StringReader(text), "countries.csv");

    private static void Write(TempDirectory folder, string fileName, string text) =>
        File.WriteAllText(Path.Combine(folder.Path, fileName), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
