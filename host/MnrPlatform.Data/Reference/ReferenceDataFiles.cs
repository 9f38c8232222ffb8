using System.Security.Cryptography;
using System.Text;

namespace MnrPlatform.Data.Reference;

/// <summary>
/// The two reference files as text, from the data built into the platform (samples/data/reference)
/// or from a folder an administrator imports, with a hash that tells whether they changed.
/// </summary>
/// <param name="Source"><see cref="Shipped"/>, or the folder the files were read from.</param>
/// <param name="Countries">The text of countries.csv.</param>
/// <param name="IncomeGroups">The text of income-groups.csv.</param>
public sealed record ReferenceDataFiles(string Source, string Countries, string IncomeGroups)
{
    /// <summary>The <see cref="Source"/> of the data built into the platform.</summary>
    public const string Shipped = "shipped";

    /// <summary>SHA-256 of both files, hex.</summary>
    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Countries}\0{IncomeGroups}")));

    /// <summary>The files built into this assembly from samples/data/reference.</summary>
    public static ReferenceDataFiles BuiltIn() =>
        new(Shipped, Resource(ReferenceDataReader.CountriesFileName), Resource(ReferenceDataReader.IncomeGroupsFileName));

    /// <summary>Parses and checks both files; every problem is listed in one <see cref="ReferenceDataException"/>.</summary>
    public ReferenceData Read()
    {
        var countries = ReferenceDataReader.ReadCountries(new StringReader(Countries), ReferenceDataReader.CountriesFileName);
        var incomeGroups = ReferenceDataReader.ReadIncomeGroups(new StringReader(IncomeGroups), ReferenceDataReader.IncomeGroupsFileName, countries.Records);
        return new ReferenceData(
            countries.Records,
            incomeGroups.Records,
            [.. countries.Sources.Select(s => $"{countries.FileName}: {s}"), .. incomeGroups.Sources.Select(s => $"{incomeGroups.FileName}: {s}")]);
    }

    private static string Resource(string file)
    {
        using var stream = typeof(ReferenceDataFiles).Assembly.GetManifestResourceStream($"MnrPlatform.Data.Reference.{file}")
            ?? throw new InvalidOperationException($"The reference file {file} is not built into {typeof(ReferenceDataFiles).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        return reader.ReadToEnd();
    }
}
