using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Rounds;

/// <summary>
/// The secretariat sets a round up: creates it as a draft, chooses instruments and invited
/// countries, sets and extends deadlines. Opening, closing and publishing are
/// <see cref="Workflow.RoundAdministration"/>'s. Every change is audited.
/// </summary>
public sealed class RoundSetup(MnrDbContext db, AuditLog audit, FrameworkCatalog catalog, TimeProvider clock)
{
    private readonly CountrySelector countries = new(db);

    /// <summary>Creates <paramref name="definition"/> as a draft round; returns its code.</summary>
    /// <exception cref="RoundSetupException">Something in the definition is wrong; the message names the field.</exception>
    public async Task<string> CreateAsync(AccessScope scope, RoundDefinition definition, CancellationToken cancellationToken)
    {
        DemandWriter(scope);
        ArgumentNullException.ThrowIfNull(definition);
        var code = await RoundDefinitionRules.CodeAsync(db, definition.Code, cancellationToken);
        var name = RoundDefinitionRules.Name(definition.Name);
        var year = RoundDefinitionRules.Year(definition.Year);
        var classificationYear = await RoundDefinitionRules.ClassificationYearAsync(db, definition.IncomeClassificationYear, cancellationToken);
        var instruments = await RoundDefinitionRules.InstrumentsAsync(db, definition.Instruments, cancellationToken);
        var invited = await countries.ResolveAsync(definition.Countries, classificationYear, cancellationToken);
        var deadline = RoundDefinitionRules.Deadline(definition.Deadline, clock.GetUtcNow());
        var carryForward = await RoundDefinitionRules.CarryForwardAsync(db, definition.CarryForwardFrom, cancellationToken);

        var now = clock.GetUtcNow();
        var round = new SurveyRound
        {
            Code = code,
            Name = name,
            Year = year,
            Status = RoundStatus.Draft,
            IncomeClassificationYear = classificationYear,
            CreatedAt = now,
            Deadline = deadline,
            CarryForwardFrom = carryForward,
        };
        round.Instruments.AddRange(instruments.Select(i => new RoundInstrument { Code = i.Code, Name = i.Name, RespondentType = i.RespondentType }));
        round.Participants.AddRange(
            from instrument in instruments
            from country in invited
            select new RoundParticipant { InstrumentCode = instrument.Code, CountryIso3 = country, InvitedAt = now });
        db.SurveyRounds.Add(round);
        audit.Add(scope.Actor, AuditActions.RoundCreated, code, null, JsonSerializer.Serialize(new
        {
            name,
            year,
            classificationYear,
            instruments = instruments.Select(i => i.Code),
            countries = invited,
            deadline,
            carryForward,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return code;
    }

    /// <summary>Invites the countries of <paramref name="selection"/> to <paramref name="instrumentCode"/> (every instrument when null); returns how many were added.</summary>
    public async Task<int> InviteCountriesAsync(AccessScope scope, string roundCode, string? instrumentCode, CountrySelection selection, CancellationToken cancellationToken)
    {
        DemandWriter(scope);
        ArgumentNullException.ThrowIfNull(selection);
        var round = await RoundAsync(roundCode, cancellationToken);
        if (round.Status is not (RoundStatus.Draft or RoundStatus.Open))
        {
            throw new RoundSetupException(CountrySelector.Field, $"Countries are invited while a round is a draft or open; {round.Name} is {Describe(round.Status)}.");
        }

        var instruments = InstrumentsOf(round, instrumentCode);
        var invited = await countries.ResolveAsync(selection, round.IncomeClassificationYear, cancellationToken);
        var now = clock.GetUtcNow();
        var added = new List<RoundParticipant>();
        foreach (var instrument in instruments)
        {
            foreach (var country in invited.Where(c => !round.Participants.Any(p => p.InstrumentCode == instrument && p.CountryIso3 == c)))
            {
                added.Add(new RoundParticipant { RoundId = round.Id, InstrumentCode = instrument, CountryIso3 = country, InvitedAt = now });
            }
        }

        if (added.Count == 0)
        {
            return 0;
        }

        round.Participants.AddRange(added);
        foreach (var group in added.GroupBy(p => p.InstrumentCode, StringComparer.Ordinal))
        {
            audit.Add(scope.Actor, AuditActions.RoundCountriesChanged, $"{round.Code}/{group.Key}", null, "invited " + string.Join(",", group.Select(p => p.CountryIso3)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }

    /// <summary>Takes a country off an instrument of a draft round.</summary>
    public async Task RemoveCountryAsync(AccessScope scope, string roundCode, string instrumentCode, string countryIso3, CancellationToken cancellationToken)
    {
        DemandWriter(scope);
        var round = await DraftAsync(roundCode, CountrySelector.Field, "countries are taken off", cancellationToken);
        var country = countryIso3.Trim().ToUpperInvariant();
        var participant = round.Participants.FirstOrDefault(p => p.InstrumentCode == instrumentCode && p.CountryIso3 == country)
            ?? throw new RoundSetupException(CountrySelector.Field, $"{country} is not invited to {instrumentCode} in {round.Name}.");
        db.RoundParticipants.Remove(participant);
        audit.Add(scope.Actor, AuditActions.RoundCountriesChanged, $"{round.Code}/{instrumentCode}", "invited " + country, null, country);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets the questions of <paramref name="instrumentCode"/> for a draft round; null: every question of the instrument.</summary>
    public async Task SetQuestionSelectionAsync(AccessScope scope, string roundCode, string instrumentCode, IReadOnlyList<string>? questionIds, CancellationToken cancellationToken)
    {
        DemandWriter(scope);
        var round = await DraftAsync(roundCode, "questions", "questions are chosen", cancellationToken);
        var instrument = await db.Set<RoundInstrument>().SingleOrDefaultAsync(i => i.RoundId == round.Id && i.Code == instrumentCode, cancellationToken)
            ?? throw new RoundSetupException("instrument", $"{round.Name} has no instrument '{instrumentCode}'.");
        string? selection = null;
        if (questionIds is not null)
        {
            var ids = questionIds.Select(q => q.Trim()).Where(q => q.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (ids.Count == 0)
            {
                throw new RoundSetupException("questions", $"Choose at least one question for {instrumentCode}, or every question.");
            }

            var unknown = ids.Where(id => catalog.Question(id) is null).ToList();
            if (unknown.Count > 0)
            {
                throw new RoundSetupException("questions", $"No active plugin has the question {string.Join(", ", unknown.Select(u => $"'{u}'"))}.");
            }

            selection = JsonSerializer.Serialize(ids);
        }

        audit.Add(scope.Actor, AuditActions.RoundQuestionsChanged, $"{round.Code}/{instrumentCode}", instrument.QuestionSelection, selection);
        instrument.QuestionSelection = selection;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Moves the deadline of the round, or of one country when <paramref name="countryIso3"/> is given.</summary>
    public async Task SetDeadlineAsync(AccessScope scope, string roundCode, DateTimeOffset deadline, string? countryIso3, CancellationToken cancellationToken)
    {
        DemandWriter(scope);
        var round = await RoundAsync(roundCode, cancellationToken);
        if (round.Status is not (RoundStatus.Draft or RoundStatus.Open))
        {
            throw new RoundSetupException("deadline", $"A deadline is moved while a round is a draft or open; {round.Name} is {Describe(round.Status)}.");
        }

        var due = RoundDefinitionRules.Deadline(deadline, clock.GetUtcNow())!.Value;
        if (string.IsNullOrWhiteSpace(countryIso3))
        {
            audit.Add(scope.Actor, AuditActions.RoundDeadlineChanged, round.Code, Format(round.Deadline), Format(due));
            round.Deadline = due;
        }
        else
        {
            var country = countryIso3.Trim().ToUpperInvariant();
            var rows = round.Participants.Where(p => p.CountryIso3 == country).ToList();
            if (rows.Count == 0)
            {
                throw new RoundSetupException("country", $"{country} is not invited to {round.Name}: invite it before giving it a deadline.");
            }

            audit.Add(scope.Actor, AuditActions.RoundDeadlineChanged, $"{round.Code}/{country}", Format(rows[0].DeadlineOverride ?? round.Deadline), Format(due), country);
            rows.ForEach(p => p.DeadlineOverride = due);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The invited countries with their progress, late ones marked (secretariat only).</summary>
    public async Task<IReadOnlyList<RoundParticipantView>> ParticipantsAsync(AccessScope scope, string roundCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariat)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not list a round's invited countries: the secretariat does.");
        }

        var round = await db.SurveyRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Code == roundCode, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round '{roundCode}'.");
        var participants = await (
                from p in db.RoundParticipants.AsNoTracking().Where(p => p.RoundId == round.Id)
                join c in db.Countries.AsNoTracking() on p.CountryIso3 equals c.Iso3
                select new { p.CountryIso3, c.Name, p.InstrumentCode, p.DeadlineOverride })
            .ToListAsync(cancellationToken);
        var statuses = await db.Submissions.AsNoTracking().Where(s => s.RoundId == round.Id)
            .Select(s => new { s.CountryIso3, s.InstrumentCode, s.Status })
            .ToDictionaryAsync(s => (s.CountryIso3, s.InstrumentCode), s => s.Status, cancellationToken);
        var now = clock.GetUtcNow();
        return [.. participants
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.InstrumentCode, StringComparer.Ordinal)
            .Select(p =>
            {
                var deadline = p.DeadlineOverride ?? round.Deadline;
                SubmissionStatus? status = statuses.TryGetValue((p.CountryIso3, p.InstrumentCode), out var s) ? s : null;
                var late = round.Status == RoundStatus.Open && deadline < now && status is null or SubmissionStatus.Draft;
                return new RoundParticipantView(p.CountryIso3, p.Name, p.InstrumentCode, deadline, p.DeadlineOverride is not null, status, late);
            })];
    }

    /// <summary>The round's own deadline (secretariat only); null: none.</summary>
    public async Task<DateTimeOffset?> DeadlineAsync(AccessScope scope, string roundCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.IsSecretariat
            ? await db.SurveyRounds.AsNoTracking().Where(r => r.Code == roundCode).Select(r => r.Deadline).SingleOrDefaultAsync(cancellationToken)
            : throw new AccessDeniedException($"{scope.Actor.Name} may not read a round's set-up: the secretariat does.");
    }

    private static void DemandWriter(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariatWriter)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not set survey rounds up: the secretariat does.");
        }
    }

    private static string Describe(RoundStatus status) => status.ToString().ToLowerInvariant();

    private static string? Format(DateTimeOffset? at) => at?.ToString("O", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> InstrumentsOf(SurveyRound round, string? instrumentCode)
    {
        if (instrumentCode is null)
        {
            return [.. round.Instruments.Select(i => i.Code)];
        }

        return round.Instruments.Any(i => i.Code == instrumentCode)
            ? [instrumentCode]
            : throw new RoundSetupException("instrument", $"{round.Name} has no instrument '{instrumentCode}'.");
    }

    private async Task<SurveyRound> RoundAsync(string roundCode, CancellationToken cancellationToken) =>
        await db.SurveyRounds.Include(r => r.Instruments).Include(r => r.Participants).SingleOrDefaultAsync(r => r.Code == roundCode, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round '{roundCode}'.");

    private async Task<SurveyRound> DraftAsync(string roundCode, string field, string what, CancellationToken cancellationToken)
    {
        var round = await RoundAsync(roundCode, cancellationToken);
        return round.Status == RoundStatus.Draft
            ? round
            : throw new RoundSetupException(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} only while a round is a draft; {round.Name} is {Describe(round.Status)}.");
    }
}
