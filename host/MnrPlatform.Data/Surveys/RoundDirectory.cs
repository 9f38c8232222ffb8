using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys;

/// <summary>A survey round as lists and selectors show it.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Name">Display name.</param>
/// <param name="Year">The year it refers to.</param>
/// <param name="Status">Open, closed or published.</param>
/// <param name="SyntheticDataLabel">The label it must carry when it holds synthetic data; else null.</param>
public sealed record RoundSummary(string Code, string Name, int Year, RoundStatus Status, string? SyntheticDataLabel);

/// <summary>The survey rounds in the store.</summary>
public sealed class RoundDirectory(MnrDbContext db)
{
    /// <summary>Every round, newest first.</summary>
    public async Task<IReadOnlyList<RoundSummary>> ListAsync(CancellationToken cancellationToken) =>
        await db.SurveyRounds.AsNoTracking()
            .OrderByDescending(r => r.Year).ThenBy(r => r.Code)
            .Select(r => new RoundSummary(r.Code, r.Name, r.Year, r.Status, r.SyntheticDataLabel))
            .ToListAsync(cancellationToken);

    /// <summary>The synthetic-data label when any round holds synthetic data; null otherwise.</summary>
    public Task<string?> SyntheticDataLabelAsync(CancellationToken cancellationToken) =>
        db.SurveyRounds.AsNoTracking()
            .Where(r => r.SyntheticDataLabel != null)
            .Select(r => r.SyntheticDataLabel)
            .FirstOrDefaultAsync(cancellationToken);
}
