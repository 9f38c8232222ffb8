using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Surveys.Profiles;

namespace MnrPlatform.Data.Surveys;

/// <summary>One capability of a country's profile in a round.</summary>
/// <param name="DomainCode">The domain.</param>
/// <param name="CapabilityCode">The capability.</param>
/// <param name="Name">Its name.</param>
/// <param name="Phase">The self-assessed maturity phase (1–4); null when not answered in the round.</param>
/// <param name="InPlace">The answer to the capability's "in place?" review question; null when not answered.</param>
public sealed record CapabilityStatus(string DomainCode, string CapabilityCode, string Name, int? Phase, string? InPlace)
{
    /// <summary>The evidence given for the phase; null when none.</summary>
    public string? Evidence { get; init; }

    /// <summary>The action plan set for the capability in the round; null when none.</summary>
    public ActionPlan? Plan { get; init; }
}

/// <summary>A country's profile in one round: every capability's phase and in-place answer, from its validated submissions.</summary>
/// <param name="CountryIso3">The country.</param>
/// <param name="RoundCode">The round.</param>
/// <param name="SyntheticDataLabel">Set when the round holds synthetic demo data.</param>
/// <param name="Capabilities">Every capability of the catalog, in domain order.</param>
public sealed record CountryProfile(string CountryIso3, string RoundCode, string? SyntheticDataLabel, IReadOnlyList<CapabilityStatus> Capabilities)
{
    /// <summary>True when the country gave a phase for at least one capability in the round.</summary>
    public bool HasPhases => Capabilities.Any(c => c.Phase is not null);

    /// <summary>True when the country answered at least one "in place?" review question in the round.</summary>
    public bool HasInPlace => Capabilities.Any(c => c.InPlace is not null);
}

/// <summary>
/// Reads a country's profile: unit-level data, so only for that country's focal points and the
/// secretariat (whose read is audited).
/// </summary>
public sealed class CountryProfileReader(MnrDbContext db, FrameworkCatalog catalog, AuditLog audit)
{
    private readonly MaturityAnswers maturity = new(catalog);

    /// <exception cref="AccessDeniedException">The scope may not read the country.</exception>
    /// <exception cref="KeyNotFoundException">There is no such round.</exception>
    public async Task<CountryProfile> ReadAsync(AccessScope scope, string roundCode, string countryIso3, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.DemandRead(countryIso3);
        var round = await db.SurveyRounds.AsNoTracking().Where(r => r.Code == roundCode && (scope.IsSecretariat || r.Status != Entities.RoundStatus.Draft))
            .Select(r => new { r.Id, r.Code, r.SyntheticDataLabel })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round '{roundCode}'.");
        var answers = await AnswersAsync(countryIso3, round.Id, cancellationToken);
        await audit.RecordUnitReadAsync(scope, $"country profile {round.Code}", [countryIso3], cancellationToken);
        return Profile(countryIso3, round.Code, round.SyntheticDataLabel, answers.GetValueOrDefault(round.Id) ?? []);
    }

    /// <summary>
    /// The country's profile in every round where it has validated answers, newest round first (by
    /// year, then code, as <see cref="RoundDirectory"/> lists rounds); one audited read.
    /// </summary>
    /// <exception cref="AccessDeniedException">The scope may not read the country.</exception>
    public async Task<IReadOnlyList<CountryProfile>> ReadAllRoundsAsync(AccessScope scope, string countryIso3, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.DemandRead(countryIso3);
        var answers = await AnswersAsync(countryIso3, roundId: null, cancellationToken);
        var answered = answers.Keys.ToList();
        var rounds = await db.SurveyRounds.AsNoTracking()
            .Where(r => answered.Contains(r.Id))
            .OrderByDescending(r => r.Year).ThenBy(r => r.Code)
            .Select(r => new { r.Id, r.Code, r.SyntheticDataLabel })
            .ToListAsync(cancellationToken);
        await audit.RecordUnitReadAsync(scope, "country profile, every round", [countryIso3], cancellationToken);
        return [.. rounds.Select(r => Profile(countryIso3, r.Code, r.SyntheticDataLabel, answers[r.Id]))];
    }

    // The country's validated answers by round (one round, or every round); a question asked in two
    // instruments the country answered: either answer will do.
    private async Task<Dictionary<int, Dictionary<string, string>>> AnswersAsync(string countryIso3, int? roundId, CancellationToken cancellationToken)
    {
        var rows = await db.Answers.AsNoTracking().Where(a => a.CarriedFrom == null)
            .Join(
                db.Submissions.Where(s => (roundId == null || s.RoundId == roundId) && s.CountryIso3 == countryIso3 && s.Status == Entities.SubmissionStatus.Validated),
                a => a.SubmissionId,
                s => s.Id,
                (a, s) => new { s.RoundId, a.QuestionId, a.Value })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.RoundId).ToDictionary(
            g => g.Key,
            g => g.DistinctBy(a => a.QuestionId, StringComparer.Ordinal).ToDictionary(a => a.QuestionId, a => a.Value, StringComparer.Ordinal));
    }

    private CountryProfile Profile(string countryIso3, string roundCode, string? syntheticDataLabel, Dictionary<string, string> answers) =>
        new(countryIso3, roundCode, syntheticDataLabel, [.. catalog.Capabilities.Select(c => new CapabilityStatus(
            c.DomainCode,
            c.Item.Code,
            c.Item.Name.English,
            catalog.PhaseQuestion(c.Item.Code) is { } phase && answers.TryGetValue(phase.Id, out var p) && int.TryParse(p, CultureInfo.InvariantCulture, out var n) ? n : null,
            catalog.InPlaceQuestion(c.Item.Code) is { } inPlace ? answers.GetValueOrDefault(inPlace.Id) : null)
        {
            Evidence = maturity.Evidence(c.Item.Code, answers),
            Plan = maturity.Plan(c.Item.Code, answers),
        })]);
}
