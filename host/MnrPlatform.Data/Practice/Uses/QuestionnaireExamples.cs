using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Instruments;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Practice.Uses;

/// <summary>An example a country recorded in a questionnaire, as its country and the secretariat see it.</summary>
/// <param name="Id">The example.</param>
/// <param name="QuestionId">The example question it answers.</param>
/// <param name="Draft">Its text.</param>
/// <param name="Status">Where it is in curation.</param>
/// <param name="Version">Its text version.</param>
/// <param name="ConsentedVisibility">The visibility its country consented to for this version; null when none stands.</param>
public sealed record QuestionnaireExample(int Id, string QuestionId, ExampleDraft Draft, PracticeExampleStatus? Status, int? Version, ExampleVisibility? ConsentedVisibility);

/// <summary>
/// Examples asked for by an instrument's example question (SDK 1.3 <see cref="QuestionKind.Example"/>):
/// one per country, round and question, recorded and changed through <see cref="PracticeExamples"/>
/// and read through <see cref="PracticeLibrary"/>, so curation, versions, consent and the audit apply
/// as to any example. The example carries its round and question.
/// </summary>
public sealed class QuestionnaireExamples(MnrDbContext db, PracticeExamples examples, PracticeLibrary library, RoundQuestionnaires questionnaires)
{
    /// <summary>The examples recorded in <paramref name="key"/>'s round for its country, by question id.</summary>
    /// <exception cref="AccessDeniedException">The scope may not read the country's data.</exception>
    public async Task<IReadOnlyDictionary<string, QuestionnaireExample>> ForSubmissionAsync(AccessScope scope, SubmissionKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(key);
        scope.DemandRead(key.CountryIso3);
        var linked = await db.PracticeExamples.AsNoTracking()
            .Where(e => e.CountryIso3 == key.CountryIso3 && e.RoundCode == key.RoundCode && e.QuestionId != null)
            .OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.QuestionId })
            .ToListAsync(cancellationToken);
        var found = new Dictionary<string, QuestionnaireExample>(StringComparer.Ordinal);
        foreach (var link in linked.Where(l => !string.IsNullOrEmpty(l.QuestionId)))
        {
            if (!found.ContainsKey(link.QuestionId!) && await library.GetAsync(scope, link.Id, cancellationToken) is { } view)
            {
                found[link.QuestionId!] = new QuestionnaireExample(link.Id, link.QuestionId!, view.Draft, view.Status, view.Version, view.ConsentedVisibility);
            }
        }

        return found;
    }

    /// <summary>
    /// Records the country's example for <paramref name="questionId"/> (its capability is the
    /// question's), or changes the one it recorded before (a new version). Returns the example's id.
    /// </summary>
    /// <exception cref="AccessDeniedException">The scope may not change the country's data.</exception>
    /// <exception cref="PracticeException">The question is not an example question of the round's instrument, or the text is refused (the field is named).</exception>
    /// <exception cref="KeyNotFoundException">There is no such round.</exception>
    public async Task<int> SaveAsync(AccessScope scope, SubmissionKey key, string questionId, ExampleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(draft);
        scope.DemandWrite(key.CountryIso3);
        var questionnaire = await questionnaires.ForAsync(key.RoundCode, key.InstrumentCode, cancellationToken);
        if (questionnaire.Question(questionId) is not { Kind: QuestionKind.Example } question)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.Question", questionId, key.InstrumentCode, key.RoundCode), "questionId");
        }

        var text = draft with { CapabilityCode = question.CapabilityCode };
        var existing = await db.PracticeExamples.AsNoTracking()
            .Where(e => e.CountryIso3 == key.CountryIso3 && e.RoundCode == key.RoundCode && e.QuestionId == questionId)
            .OrderBy(e => e.Id)
            .Select(e => (int?)e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            await examples.UpdateAsync(scope, id, text, cancellationToken);
            return id;
        }

        // The example, its link to the round and question and their audit are saved in one transaction.
        return await examples.CreateAsync(scope, key.CountryIso3, text, new ExampleAsked(key, questionId), cancellationToken);
    }
}
