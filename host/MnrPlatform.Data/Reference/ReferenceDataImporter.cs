using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Reference;

/// <summary>
/// Loads the country reference data into the store, all or nothing: countries are added or updated,
/// each country's income groups replaced, and the import recorded.
/// </summary>
public sealed class ReferenceDataImporter(MnrDbContext db, TimeProvider clock)
{
    /// <summary>
    /// At start: imports the built-in files when the store has no reference data yet, or when the
    /// last import was of built-in files that have changed since (a platform upgrade). Data an
    /// administrator imported from a folder is left alone. Returns the import, or null when none was needed.
    /// </summary>
    public async Task<ReferenceDataImport?> EnsureBuiltInAsync(CancellationToken cancellationToken)
    {
        var files = ReferenceDataFiles.BuiltIn();
        var last = await db.ReferenceDataImports.AsNoTracking().OrderByDescending(i => i.Id).FirstOrDefaultAsync(cancellationToken);
        var needed = last is null || (last.Source == ReferenceDataFiles.Shipped && last.ContentHash != files.ContentHash);
        return needed ? await ImportAsync(files, cancellationToken) : null;
    }

    /// <summary>Imports <paramref name="files"/>; throws <see cref="ReferenceDataException"/> listing every problem, writing nothing.</summary>
    public async Task<ReferenceDataImport> ImportAsync(ReferenceDataFiles files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var data = files.Read();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var stored = await db.Countries.Include(c => c.IncomeGroups).ToDictionaryAsync(c => c.Iso3, StringComparer.Ordinal, cancellationToken);
        await RefuseRemovingUsedCountriesAsync(stored.Keys.Except(data.Countries.Select(c => c.Iso3)).ToList(), cancellationToken);

        var incomeGroups = data.IncomeGroups.ToLookup(g => g.Iso3, StringComparer.Ordinal);
        foreach (var record in data.Countries)
        {
            if (!stored.Remove(record.Iso3, out var country))
            {
                country = new Country { Iso3 = record.Iso3, Iso2 = record.Iso2, NumericCode = record.NumericCode, Name = record.Name };
                db.Countries.Add(country);
            }

            country.Iso2 = record.Iso2;
            country.NumericCode = record.NumericCode;
            country.Name = record.Name;
            country.Region = record.Region;
            country.SubRegion = record.SubRegion;
            country.IntermediateRegion = record.IntermediateRegion;
            ReplaceIncomeGroups(country, incomeGroups[record.Iso3]);
        }

        db.Countries.RemoveRange(stored.Values);
        var import = new ReferenceDataImport
        {
            ImportedAt = clock.GetUtcNow(),
            Source = files.Source,
            ContentHash = files.ContentHash,
            Countries = data.Countries.Count,
            IncomeGroups = data.IncomeGroups.Count,
        };
        db.ReferenceDataImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return import;
    }

    // Updated in place: removing a row and adding one with the same key in one unit of work is refused by EF Core.
    private static void ReplaceIncomeGroups(Country country, IEnumerable<IncomeGroupRecord> records)
    {
        var wanted = records.ToDictionary(r => r.FiscalYear);
        country.IncomeGroups.RemoveAll(g => !wanted.ContainsKey(g.FiscalYear));
        foreach (var existing in country.IncomeGroups)
        {
            existing.Group = wanted[existing.FiscalYear].Group;
            wanted.Remove(existing.FiscalYear);
        }

        country.IncomeGroups.AddRange(wanted.Values.Select(r => new CountryIncomeGroup { CountryIso3 = r.Iso3, FiscalYear = r.FiscalYear, Group = r.Group }));
    }

    private async Task RefuseRemovingUsedCountriesAsync(IReadOnlyList<string> removed, CancellationToken cancellationToken)
    {
        var used = await db.Submissions.Where(s => removed.Contains(s.CountryIso3)).Select(s => s.CountryIso3).Distinct().ToListAsync(cancellationToken);
        if (used.Count > 0)
        {
            throw new ReferenceDataException(
                $"{ReferenceDataReader.CountriesFileName}: {string.Join(", ", used.Order(StringComparer.Ordinal))} missing from the file but answers of theirs are stored; keep them in the file.");
        }
    }
}
