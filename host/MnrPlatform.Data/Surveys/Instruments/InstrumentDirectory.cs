using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Surveys.Instruments;

/// <summary>
/// The instruments in the store: those the plugins declare (synced at start-up) and those the
/// secretariat made by picking questions from the catalogue.
/// </summary>
public sealed class InstrumentDirectory(MnrDbContext db, FrameworkCatalog catalog, AuditLog audit, TimeProvider clock)
{
    private readonly LiveQuestionnaires live = new(db, catalog);

    /// <summary>
    /// Brings the plugins' declarations into the store: inserts new instruments, updates the name,
    /// respondent type and declaring plugins of known ones; never deletes. Returns how many rows changed.
    /// </summary>
    public async Task<int> SyncDeclaredAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Instruments.ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, cancellationToken);
        var changed = 0;
        foreach (var declared in catalog.Instruments)
        {
            var name = declared.Info.Name.English;
            var translations = Translations(declared.Info.Name);
            var respondent = declared.Info.RespondentType.English;
            var by = string.Join(",", declared.DeclaredBy);
            if (!stored.TryGetValue(declared.Code, out var instrument))
            {
                db.Instruments.Add(new Instrument { Code = declared.Code, Name = name, NameTranslations = translations, RespondentType = respondent, DeclaredBy = by, CreatedAt = clock.GetUtcNow() });
                changed++;
            }
            else if (instrument.Name != name || instrument.NameTranslations != translations || instrument.RespondentType != respondent || instrument.DeclaredBy != by)
            {
                (instrument.Name, instrument.NameTranslations, instrument.RespondentType, instrument.DeclaredBy) = (name, translations, respondent, by);
                changed++;
            }
        }

        if (changed > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return changed;
    }

    /// <summary>Every instrument with its question count, by name.</summary>
    public async Task<IReadOnlyList<InstrumentSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var instruments = await db.Instruments.AsNoTracking().Include(i => i.Questions).OrderBy(i => i.Name).ThenBy(i => i.Code).ToListAsync(cancellationToken);
        return [.. instruments.Select(i => new InstrumentSummary(i.Code, i.Name, i.RespondentType, i.DeclaredBy, live.For(i.Code, Picked(i)).Questions.Count()))];
    }

    /// <summary>The question ids of an instrument the secretariat made, in order; empty for a declared one.</summary>
    public Task<IReadOnlyList<string>> PickedQuestionsAsync(string instrumentCode, CancellationToken cancellationToken) =>
        live.PickedAsync(instrumentCode, cancellationToken);

    /// <summary>
    /// The questionnaire of <paramref name="instrumentCode"/> as a focal point would see it with the
    /// active plugins, narrowed to <paramref name="selection"/> (question ids) when it is not null.
    /// </summary>
    public Task<Questionnaire> PreviewAsync(string instrumentCode, IReadOnlyList<string>? selection, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instrumentCode);
        return live.ForAsync(instrumentCode, selection, cancellationToken);
    }

    /// <summary>The secretariat makes an instrument of questions picked from the catalogue (any plugin).</summary>
    /// <exception cref="AccessDeniedException">The scope is not the secretariat's writer.</exception>
    /// <exception cref="InstrumentException">A field is wrong; the exception names it.</exception>
    public async Task CreateAsync(AccessScope scope, InstrumentDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(draft);
        DemandWriter(scope, "make instruments");
        var code = draft.Code?.Trim() ?? "";
        if (!StableCode.IsValid(code))
        {
            throw new InstrumentException("code", $"The code '{code}' is not a stable code: use lower-case letters and digits separated by '.' or '-', e.g. 'follow-up-survey'.");
        }

        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            throw new InstrumentException("name", "Give the instrument a name.");
        }

        if (string.IsNullOrWhiteSpace(draft.RespondentType))
        {
            throw new InstrumentException("respondentType", "Say who answers the instrument, e.g. \"National focal point\".");
        }

        if (await db.Instruments.AnyAsync(i => i.Code == code, cancellationToken) || catalog.Instruments.Any(i => i.Code == code))
        {
            throw new InstrumentException("code", $"There is already an instrument '{code}': choose another code.");
        }

        var questions = CheckQuestions(draft.QuestionIds);
        var instrument = new Instrument { Code = code, Name = draft.Name.Trim(), RespondentType = draft.RespondentType.Trim(), CreatedAt = clock.GetUtcNow() };
        instrument.Questions.AddRange(questions.Select((id, i) => new InstrumentQuestion { InstrumentCode = code, QuestionId = id, Position = i }));
        db.Instruments.Add(instrument);
        audit.Add(scope.Actor, AuditActions.InstrumentCreated, $"instrument {code}", null, $"{instrument.Name}; {questions.Count} questions");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Replaces the questions of an instrument the secretariat made.</summary>
    /// <exception cref="AccessDeniedException">The scope is not the secretariat's writer.</exception>
    /// <exception cref="InstrumentException">The instrument is unknown or declared by plugins, or a question id is wrong.</exception>
    public async Task SetQuestionsAsync(AccessScope scope, string instrumentCode, IReadOnlyList<string> questionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        DemandWriter(scope, "change instruments");
        var instrument = await db.Instruments.Include(i => i.Questions).SingleOrDefaultAsync(i => i.Code == instrumentCode, cancellationToken)
            ?? throw new InstrumentException("code", $"There is no instrument '{instrumentCode}'.");
        if (instrument.DeclaredBy is not null)
        {
            throw new InstrumentException("code", $"The instrument '{instrumentCode}' is declared by plugin(s) {instrument.DeclaredBy}: its questions are theirs. Narrow it for a round with the round's question selection instead.");
        }

        var questions = CheckQuestions(questionIds);
        var before = instrument.Questions.Count;
        db.InstrumentQuestions.RemoveRange(instrument.Questions);
        await db.SaveChangesAsync(cancellationToken);
        db.InstrumentQuestions.AddRange(questions.Select((id, i) => new InstrumentQuestion { InstrumentCode = instrument.Code, QuestionId = id, Position = i }));
        audit.Add(scope.Actor, AuditActions.InstrumentQuestionsChanged, $"instrument {instrument.Code}", $"{before} questions", $"{questions.Count} questions");
        await db.SaveChangesAsync(cancellationToken);
    }

    private static List<string>? Picked(Instrument instrument) =>
        instrument.DeclaredBy is null && instrument.Questions.Count > 0 ? [.. instrument.Questions.OrderBy(q => q.Position).Select(q => q.QuestionId)] : null;

    private List<string> CheckQuestions(IReadOnlyList<string>? questionIds)
    {
        var ids = (questionIds ?? []).Select(id => id.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            throw new InstrumentException("questions", "Pick at least one question from the catalogue.");
        }

        var unknown = ids.Where(id => catalog.Question(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new InstrumentException("questions", $"No active plugin has the question(s) {string.Join(", ", unknown.Take(5))}{(unknown.Count > 5 ? ", …" : "")}.");
        }

        return ids;
    }

    private static void DemandWriter(AccessScope scope, string what)
    {
        if (!scope.IsSecretariatWriter)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not {what}: the secretariat does.");
        }
    }

    private static string? Translations(LocalizedText text) =>
        text.Translations.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(text.Translations.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Value));
}
