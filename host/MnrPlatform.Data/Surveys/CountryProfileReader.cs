using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Audit;

namespace MnrPlatform.Data.Surveys;

/// <summary>One capability of a country's profile in a round.</summary>
/// <param name="DomainCode">The domain.</param>
/// <param name="CapabilityCode">The capability.</param>
/// <param name="Name">Its name.</param>
/// <param name="Phase">The self-assessed maturity phase (1–4); null when not answered in the round.</param>
/// <param name="InPlace">The answer to the capability's "in place?" review question; null when not answered.</param>
public sealed record CapabilityStatus(string DomainCode, string CapabilityCode, string Name, int? Phase, string? InPlace);

/// <summary>A country's profile in one round: every capability's phase and in-place answer, from its validated submissions.</summary>
/// <param name="CountryIso3">The country.</param>
/// <param name="RoundCode">The round.</param>
/// <param name="SyntheticDataLabel">Set when the round holds synthetic demo data.</param>
/// <param name="Capabilities">Every capability of the catalog, in domain order.</param>
public sealed record CountryProfile(string CountryIso3, string RoundCode, string? SyntheticDataLabel, IReadOnlyList<CapabilityStatus> Capabilities);

/// <summary>
/// Reads a country's profile: unit-level data, so only for that country's focal points and the
/// secretariat (whose read is audited).
/// </summary>
public sealed class CountryProfileReader(MnrDbContext db, FrameworkCatalog catalog, AuditLog audit)
{
    /// <exception cref="AccessDeniedException">The scope may not read the country.</exception>
    /// <exception cref="KeyNotFoundException">There is no such round.</exception>
    public async Task<CountryProfile> ReadAsync(AccessScope scope, string roundCode, string countryIso3, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.DemandRead(countryIso3);
        var round = await db.SurveyRounds.AsNoTracking().Where(r => r.Code == roundCode)
            .Select(r => new { r.Id, r.Code, r.SyntheticDataLabel })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round '{roundCode}'.");
        var rows = await db.Answers.AsNoTracking()
            .Join(
                db.Submissions.Where(s => s.RoundId == round.Id && s.CountryIso3 == countryIso3 && s.Status == Entities.SubmissionStatus.Validated),
                a => a.SubmissionId,
                s => s.Id,
                (a, _) => new { a.QuestionId, a.Value })
            .ToListAsync(cancellationToken);
        // A question asked in two instruments the country answered: either answer will do.
        var answers = rows.DistinctBy(a => a.QuestionId, StringComparer.Ordinal).ToDictionary(a => a.QuestionId, a => a.Value, StringComparer.Ordinal);
        await audit.RecordUnitReadAsync(scope, $"country profile {round.Code}", [countryIso3], cancellationToken);

        return new CountryProfile(countryIso3, round.Code, round.SyntheticDataLabel, [.. catalog.Capabilities.Select(c => new CapabilityStatus(
            c.DomainCode,
            c.Item.Code,
            c.Item.Name.English,
            catalog.PhaseQuestion(c.Item.Code) is { } phase && answers.TryGetValue(phase.Id, out var p) && int.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null,
            catalog.InPlaceQuestion(c.Item.Code) is { } inPlace ? answers.GetValueOrDefault(inPlace.Id) : null))]);
    }
}
