using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Rounds;

/// <summary>Checks each field of a <see cref="RoundDefinition"/>; a wrong one is refused with its name.</summary>
internal static partial class RoundDefinitionRules
{
    private const int MaxCodeLength = 100;

    /// <summary>Codes that would be shadowed by a page's address under /surveys.</summary>
    private static readonly HashSet<string> ReservedCodes = new(["new", "instruments"], StringComparer.OrdinalIgnoreCase);
    private const int MaxNameLength = 200;

    public static async Task<string> CodeAsync(MnrDbContext db, string? code, CancellationToken cancellationToken)
    {
        var value = code?.Trim() ?? "";
        if (value.Length == 0)
        {
            throw new RoundSetupException("code", "Give the round a code, e.g. 2027-review.");
        }

        if (value.Length > MaxCodeLength || !CodePattern().IsMatch(value))
        {
            throw new RoundSetupException("code", $"The code '{value}' must be letters, digits, '.', '_' or '-' (starting with a letter or digit), at most {MaxCodeLength} characters: it is used in addresses and file names.");
        }

        if (ReservedCodes.Contains(value))
        {
            throw new RoundSetupException("code", $"The code '{value}' is taken by a page of the Surveys section (/surveys/{value.ToLowerInvariant()}): choose another code.");
        }

        return await db.SurveyRounds.AnyAsync(r => r.Code == value, cancellationToken)
            ? throw new RoundSetupException("code", $"A round with the code '{value}' exists already: choose another code.")
            : value;
    }

    public static string Name(string? name)
    {
        var value = name?.Trim() ?? "";
        return value.Length switch
        {
            0 => throw new RoundSetupException("name", "Give the round a name, e.g. 2027 review."),
            > MaxNameLength => throw new RoundSetupException("name", $"The name is {value.Length} characters long; at most {MaxNameLength} fit."),
            _ => value,
        };
    }

    public static int Year(int year) =>
        year is >= 2000 and <= 2100 ? year : throw new RoundSetupException("year", $"The year {year} is not a survey year between 2000 and 2100.");

    public static async Task<int> ClassificationYearAsync(MnrDbContext db, int? wanted, CancellationToken cancellationToken)
    {
        var years = await db.CountryIncomeGroups.AsNoTracking().Select(g => g.FiscalYear).Distinct().ToListAsync(cancellationToken);
        if (years.Count == 0)
        {
            throw new RoundSetupException("classificationYear", "The reference data has no income classification: load the reference data first.");
        }

        if (wanted is not { } year)
        {
            return years.Max();
        }

        return years.Contains(year)
            ? year
            : throw new RoundSetupException("classificationYear", $"The reference data has no income classification for {year}; it has {years.Min()} to {years.Max()}.");
    }

    public static async Task<IReadOnlyList<Instrument>> InstrumentsAsync(MnrDbContext db, IReadOnlyList<string>? codes, CancellationToken cancellationToken)
    {
        var wanted = (codes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            throw new RoundSetupException("instruments", "Choose at least one instrument.");
        }

        var found = await db.Instruments.AsNoTracking().Where(i => wanted.Contains(i.Code)).ToListAsync(cancellationToken);
        var unknown = wanted.Where(c => !found.Any(i => i.Code == c)).ToList();
        return unknown.Count == 0
            ? [.. wanted.Select(c => found.Single(i => i.Code == c))]
            : throw new RoundSetupException("instruments", $"There is no instrument {string.Join(", ", unknown.Select(u => $"'{u}'"))}: `mnr instruments list` shows them.");
    }

    public static DateTimeOffset? Deadline(DateTimeOffset? deadline, DateTimeOffset now) =>
        deadline is { } due && due <= now
            ? throw new RoundSetupException("deadline", $"The deadline {due:yyyy-MM-dd HH:mm} UTC has passed: choose a date in the future.")
            : deadline?.ToUniversalTime();

    public static async Task<string?> CarryForwardAsync(MnrDbContext db, string? roundCode, CancellationToken cancellationToken)
    {
        var value = roundCode?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return await db.SurveyRounds.AnyAsync(r => r.Code == value, cancellationToken)
            ? value
            : throw new RoundSetupException("carryForward", $"There is no survey round '{value}' to carry answers forward from.");
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
