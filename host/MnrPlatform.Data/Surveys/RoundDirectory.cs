using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys;

/// <summary>A survey round as lists and selectors show it.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Name">Display name.</param>
/// <param name="Year">The year it refers to.</param>
/// <param name="Status">Draft, open, closed or published.</param>
/// <param name="SyntheticDataLabel">The label it must carry when it holds synthetic data; else null.</param>
public sealed record RoundSummary(string Code, string Name, int Year, RoundStatus Status, string? SyntheticDataLabel);

/// <summary>
/// The survey rounds in the store. Drafts are the secretariat's alone: only
/// <see cref="ListAsync(AccessScope, CancellationToken)"/> with a secretariat scope lists them.
/// </summary>
public sealed class RoundDirectory(MnrDbContext db)
{
    /// <summary>Every round that is not a draft (open, closed or published), newest first.</summary>
    public Task<IReadOnlyList<RoundSummary>> ListAsync(CancellationToken cancellationToken) =>
        ListAsync(includeDrafts: false, cancellationToken);

    /// <summary>Every round <paramref name="scope"/> may know of, newest first: drafts too for the secretariat.</summary>
    public Task<IReadOnlyList<RoundSummary>> ListAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return ListAsync(scope.IsSecretariat, cancellationToken);
    }

    /// <summary>The synthetic-data label when any round holds synthetic data; null otherwise.</summary>
    public Task<string?> SyntheticDataLabelAsync(CancellationToken cancellationToken) =>
        db.SurveyRounds.AsNoTracking()
            .Where(r => r.SyntheticDataLabel != null)
            .Select(r => r.SyntheticDataLabel)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<RoundSummary>> ListAsync(bool includeDrafts, CancellationToken cancellationToken) =>
        await db.SurveyRounds.AsNoTracking()
            .Where(r => includeDrafts || r.Status != RoundStatus.Draft)
            .OrderByDescending(r => r.Year).ThenBy(r => r.Code)
            .Select(r => new RoundSummary(r.Code, r.Name, r.Year, r.Status, r.SyntheticDataLabel))
            .ToListAsync(cancellationToken);
}
