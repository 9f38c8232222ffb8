using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// An import into an open round may hold answers of a country not invited yet: the preview lists
/// it as new, and applying the import invites it (a participant row per instrument). Rounds from
/// before invitations were kept (never opened as drafts, no participant) invite nobody.
/// </summary>
internal static class ImportInvitations
{
    /// <summary>The (country, instrument) pairs of <paramref name="submissions"/> that applying would invite, in code order.</summary>
    public static async Task<IReadOnlyList<(string Country, string Instrument)>> MissingAsync(
        MnrDbContext db,
        SurveyRound round,
        IEnumerable<SubmissionImport> submissions,
        CancellationToken cancellationToken)
    {
        if (round.Status != RoundStatus.Open)
        {
            return [];
        }

        var invited = (await db.RoundParticipants.AsNoTracking().Where(p => p.RoundId == round.Id)
                .Select(p => new { p.CountryIso3, p.InstrumentCode })
                .ToListAsync(cancellationToken))
            .Select(p => (p.CountryIso3, p.InstrumentCode))
            .ToHashSet();
        if (invited.Count == 0 && round.OpenedAt is null)
        {
            return [];
        }

        return [.. submissions.Select(s => (s.Country, s.Instrument)).Distinct()
            .Where(pair => !invited.Contains(pair))
            .OrderBy(pair => pair.Country, StringComparer.Ordinal).ThenBy(pair => pair.Instrument, StringComparer.Ordinal)];
    }

    /// <summary><paramref name="preview"/> with the countries applying would invite marked.</summary>
    public static ImportPreview Mark(ImportPreview preview, IReadOnlyList<(string Country, string Instrument)> missing)
    {
        var countries = missing.Select(m => m.Country).ToHashSet(StringComparer.Ordinal);
        return preview with
        {
            Countries = [.. preview.Countries.Select(c => c with { NotInvited = countries.Contains(c.CountryIso3) })],
            NotInvited = [.. countries.Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>Refusal of an import into a draft round; null when the round takes imports.</summary>
    public static string? DraftRefusal(SurveyRound round) =>
        round.Status == RoundStatus.Draft
            ? $"round {round.Code} is a draft: open it before importing answers (its questionnaires are frozen when it opens)"
            : null;
}
