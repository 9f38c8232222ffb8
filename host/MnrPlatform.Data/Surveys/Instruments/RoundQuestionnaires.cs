using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Instruments;

/// <summary>
/// The questionnaire of an instrument in a round: the frozen snapshot once the round has opened,
/// otherwise the instrument's questions from the active plugins (narrowed to the round's selection).
/// Every reader and writer of answers asks here rather than building a questionnaire from the catalog.
/// </summary>
public sealed class RoundQuestionnaires(MnrDbContext db, FrameworkCatalog catalog, TimeProvider clock)
{
    private readonly LiveQuestionnaires live = new(db, catalog);

    private const int CacheLimit = 256;

    // Snapshots never change, so one parse serves every request; keyed by the JSON itself, which
    // makes a stale entry impossible whatever store or round id it came from.
    private static readonly ConcurrentDictionary<string, Questionnaire> Frozen = new(StringComparer.Ordinal);

    /// <summary>The questionnaire of <paramref name="instrumentCode"/> in round <paramref name="roundCode"/>.</summary>
    public async Task<Questionnaire> ForAsync(string roundCode, string instrumentCode, CancellationToken cancellationToken)
    {
        var roundId = await db.SurveyRounds.AsNoTracking().Where(r => r.Code == roundCode).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round {roundCode}.");
        return (await ForRoundAsync(roundId, [instrumentCode], cancellationToken))[instrumentCode];
    }

    /// <summary>The questionnaires of <paramref name="instrumentCodes"/> in round <paramref name="roundId"/>, by instrument code.</summary>
    public async Task<IReadOnlyDictionary<string, Questionnaire>> ForRoundAsync(int roundId, IEnumerable<string> instrumentCodes, CancellationToken cancellationToken)
    {
        var codes = instrumentCodes.Distinct(StringComparer.Ordinal).ToList();
        var defined = await db.Set<RoundInstrument>().AsNoTracking()
            .Where(i => i.RoundId == roundId && codes.Contains(i.Code))
            .Select(i => new { i.Code, i.QuestionSelection, i.Questionnaire })
            .ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, cancellationToken);
        var result = new Dictionary<string, Questionnaire>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var instrument = defined.GetValueOrDefault(code);
            result[code] = instrument?.Questionnaire is { } snapshot
                ? Read(snapshot)
                : await live.ForAsync(code, Selection(instrument?.QuestionSelection), cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Freezes the questionnaire of each of <paramref name="round"/>'s instruments (its instruments
    /// loaded and tracked) into <see cref="RoundInstrument.Questionnaire"/>; the caller saves. An
    /// instrument already frozen keeps its snapshot.
    /// </summary>
    public async Task FreezeAsync(SurveyRound round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var now = clock.GetUtcNow();
        foreach (var instrument in round.Instruments.Where(i => i.Questionnaire is null))
        {
            var questionnaire = await live.ForAsync(instrument.Code, Selection(instrument.QuestionSelection), cancellationToken);
            instrument.Questionnaire = QuestionnaireSnapshot.Write(questionnaire);
            instrument.FrozenAt = now;
        }
    }

    /// <summary>A round's question selection (JSON array of ids) as a list; null when it takes every question.</summary>
    public static IReadOnlyList<string>? Selection(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<List<string>>(json) ?? [];

    private static Questionnaire Read(string snapshot)
    {
        if (Frozen.TryGetValue(snapshot, out var known))
        {
            return known;
        }

        if (Frozen.Count >= CacheLimit)
        {
            Frozen.Clear();
        }

        return Frozen.GetOrAdd(snapshot, QuestionnaireSnapshot.Read);
    }
}
