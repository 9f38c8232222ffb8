using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// Recording, curating and consenting to examples of practice. A focal point writes for its own
/// country; the secretariat (writer) for any. Every change is audited; every refusal is a
/// <see cref="PracticeException"/> naming the field, or an <see cref="AccessDeniedException"/>.
/// </summary>
/// <remarks>
/// Status: Draft → (submit) InReview → (curate, approve) Approved; a suggested edit sends an
/// example in review back to its country (EditsSuggested) until it answers. A change of text makes
/// a new version: an approved example goes back to review, no earlier consent covers it, and an
/// anonymised version is taken down (the secretariat judged the old text). Archiving takes an
/// example out of the library; bringing it back puts it in review.
/// </remarks>
public sealed partial class PracticeExamples(MnrDbContext db, AuditLog audit, FrameworkCatalog catalog, IOptions<DisclosureOptions> disclosure, TimeProvider clock)
{
    /// <summary>Records a new example (status Draft, version 1); returns its id.</summary>
    public Task<int> CreateAsync(AccessScope scope, string countryIso3, ExampleDraft draft, CancellationToken cancellationToken) =>
        CreateAsync(scope, countryIso3, draft, null, cancellationToken);

    /// <summary>
    /// Records a new example (status Draft, version 1) with the round and question that asked for it
    /// (null: none), in one transaction: the example, its link and their audit are saved together or
    /// not at all. Returns its id.
    /// </summary>
    public async Task<int> CreateAsync(AccessScope scope, string countryIso3, ExampleDraft draft, ExampleAsked? asked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(countryIso3);
        if (!scope.CanWrite(countryIso3))
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not record examples for {countryIso3}: only its focal point or the secretariat may.");
        }

        var (text, domain) = ExampleDraftRules.Check(draft, catalog);
        if (!await db.Countries.AnyAsync(c => c.Iso3 == countryIso3, cancellationToken))
        {
            throw new PracticeException(PracticeWords.Of("Refusal.Country", countryIso3), "countryIso3");
        }

        var now = clock.GetUtcNow();
        var example = new PracticeExample
        {
            CountryIso3 = countryIso3,
            CapabilityCode = text.CapabilityCode,
            DomainCode = domain,
            Title = text.Title,
            WhatWasDone = text.WhatWasDone,
            Language = text.Language,
            Status = PracticeExampleStatus.Draft,
            ProposedVisibility = ExampleVisibility.Secretariat,
            AnonymisedVisibility = ExampleVisibility.Secretariat,
            Version = 1,
            CreatedBy = scope.Actor.Name,
            CreatedAt = now,
            UpdatedBy = scope.Actor.Name,
            UpdatedAt = now,
            RoundCode = asked?.RoundCode,
            QuestionId = asked?.QuestionId,
        };
        ExampleText.Write(example, text, domain);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.PracticeExamples.Add(example);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(scope.Actor, AuditActions.PracticeExampleCreated, Subject(example), null, $"v1: {text.Title}", countryIso3);
        if (asked is not null)
        {
            audit.Add(scope.Actor, AuditActions.PracticeExampleAsked, Subject(example), null, $"{asked.Submission}: {asked.QuestionId}", countryIso3);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return example.Id;
    }

    /// <summary>Changes an example's text: a new version, so any consent no longer covers it.</summary>
    /// <remarks>An unchanged text changes nothing. An archived example must be brought back first.</remarks>
    public async Task UpdateAsync(AccessScope scope, int id, ExampleDraft draft, CancellationToken cancellationToken)
    {
        var example = await LoadAsync(id, cancellationToken);
        DemandEdit(scope, example);
        RefuseArchived(example, "Edit");
        var (text, domain) = ExampleDraftRules.Check(draft, catalog);
        if (ChangeText(example, text, domain))
        {
            await SaveAsync(scope, example, AuditActions.PracticeExampleEdited, null, $"v{Number(example.Version)}: {text.Title}", cancellationToken);
        }
    }

    /// <summary>Sends a draft (or an edited example) to the secretariat for review.</summary>
    public async Task SubmitAsync(AccessScope scope, int id, CancellationToken cancellationToken)
    {
        var example = await LoadAsync(id, cancellationToken);
        DemandEdit(scope, example);
        var refusal = example.Status switch
        {
            PracticeExampleStatus.Draft => null,
            PracticeExampleStatus.EditsSuggested => "Refusal.Submit.EditsSuggested",
            PracticeExampleStatus.InReview => "Refusal.Submit.InReview",
            PracticeExampleStatus.Approved => "Refusal.Submit.Approved",
            _ => "Refusal.Submit.Archived",
        };
        if (refusal is not null)
        {
            throw new PracticeException(PracticeWords.Of(refusal, id));
        }

        var before = example.Status;
        example.Status = PracticeExampleStatus.InReview;
        await SaveAsync(scope, example, AuditActions.PracticeExampleSubmitted, before.ToString(), example.Status.ToString(), cancellationToken);
    }

    /// <summary>The secretariat sets themes and the proposed visibility, and approves when the review is done.</summary>
    /// <remarks>
    /// Only an example in review, with edits suggested or approved can be curated, and one with an
    /// unanswered suggestion cannot be approved. <see cref="ExampleCuration.Approve"/> false on an
    /// approved example takes the approval back (it leaves the library until approved again).
    /// </remarks>
    public async Task CurateAsync(AccessScope scope, int id, ExampleCuration curation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(curation);
        DemandSecretariatWriter(scope, "curate examples");
        var example = await LoadAsync(id, cancellationToken);
        var themes = ExampleThemes.Check(curation.Themes);
        if (example.Status is PracticeExampleStatus.Draft or PracticeExampleStatus.Archived)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.Curate", id, PracticeWords.Status(example.Status)));
        }

        if (curation.Approve && example.Status != PracticeExampleStatus.Approved && await HasOpenSuggestionAsync(id, cancellationToken))
        {
            throw new PracticeException(PracticeWords.Of("Refusal.Approve", id), nameof(ExampleCuration.Approve));
        }

        var before = $"{example.Status}, {example.ProposedVisibility}, {example.Themes}";
        example.Themes = ExampleText.WriteList(themes);
        example.ProposedVisibility = curation.ProposedVisibility;
        example.Status = curation.Approve ? PracticeExampleStatus.Approved
            : example.Status == PracticeExampleStatus.Approved ? PracticeExampleStatus.InReview
            : example.Status;
        await SaveAsync(scope, example, AuditActions.PracticeExampleCurated, before, $"{example.Status}, {example.ProposedVisibility}, {example.Themes}", cancellationToken);
    }

    /// <summary>
    /// The secretariat publishes an anonymised version at a level and visibility, without consent,
    /// only when at least k countries (Disclosure:MinimumCellSize) share the country's group at that
    /// level; otherwise refuses and says how many share it. A null level takes the anonymised version down.
    /// </summary>
    /// <remarks>
    /// The countries counted are described on <see cref="AnonymisationCellRule"/>: those that took
    /// part in any round (invited or answering) and the example's own country. Only an approved
    /// example can be anonymised, at Members or Public visibility.
    /// </remarks>
    public async Task AnonymiseAsync(AccessScope scope, int id, AnonymityLevel? level, ExampleVisibility visibility, CancellationToken cancellationToken)
    {
        DemandSecretariatWriter(scope, "publish anonymised examples");
        var example = await LoadAsync(id, cancellationToken);
        var before = example.AnonymisedAs is null ? null : $"{example.AnonymisedAs}, {example.AnonymisedVisibility}";
        if (level is not { } published)
        {
            example.AnonymisedAs = null;
            example.AnonymisedVisibility = ExampleVisibility.Secretariat;
            await SaveAsync(scope, example, AuditActions.PracticeExampleAnonymised, before, null, cancellationToken);
            return;
        }

        if (example.Status != PracticeExampleStatus.Approved)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.Anonymise", id, PracticeWords.Status(example.Status)));
        }

        if (visibility == ExampleVisibility.Secretariat)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.AnonymisedVisibility"), "visibility");
        }

        var label = await new AnonymisationCellRule(db, disclosure.Value.MinimumCellSize).DemandAsync(example.CountryIso3, published, cancellationToken);
        example.AnonymisedAs = published;
        example.AnonymisedVisibility = visibility;
        await SaveAsync(scope, example, AuditActions.PracticeExampleAnonymised, before, $"{published}, {visibility}: {label}", cancellationToken);
    }

    /// <summary>The secretariat archives an example (out of the library) or brings it back.</summary>
    /// <remarks>Brought back, it is in review: the secretariat approves it again.</remarks>
    public async Task ArchiveAsync(AccessScope scope, int id, bool archived, CancellationToken cancellationToken)
    {
        DemandSecretariatWriter(scope, "archive examples");
        var example = await LoadAsync(id, cancellationToken);
        if (archived == (example.Status == PracticeExampleStatus.Archived))
        {
            throw new PracticeException(PracticeWords.Of(archived ? "Refusal.AlreadyArchived" : "Refusal.NotArchived", id));
        }

        var before = example.Status;
        example.Status = archived ? PracticeExampleStatus.Archived : PracticeExampleStatus.InReview;
        await SaveAsync(scope, example, AuditActions.PracticeExampleArchived, before.ToString(), example.Status.ToString(), cancellationToken);
    }

    // A new version when the text differs: consents no longer cover it, approval and anonymisation lapse.
    private static bool ChangeText(PracticeExample example, ExampleDraft text, string domain)
    {
        if (ExampleDraftRules.SameText(ExampleText.Of(example), text))
        {
            return false;
        }

        ExampleText.Write(example, text, domain);
        example.Version++;
        example.AnonymisedAs = null;
        example.AnonymisedVisibility = ExampleVisibility.Secretariat;
        if (example.Status == PracticeExampleStatus.Approved)
        {
            example.Status = PracticeExampleStatus.InReview;
        }

        return true;
    }

    private async Task<PracticeExample> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.PracticeExamples.Include(e => e.Consents).SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no example {Number(id)}.");

    private Task<bool> HasOpenSuggestionAsync(int id, CancellationToken cancellationToken) =>
        db.ExampleEditSuggestions.AnyAsync(s => s.ExampleId == id && s.Accepted == null, cancellationToken);

    private async Task SaveAsync(AccessScope scope, PracticeExample example, string action, string? before, string? after, CancellationToken cancellationToken)
    {
        example.UpdatedBy = scope.Actor.Name;
        example.UpdatedAt = clock.GetUtcNow();
        audit.Add(scope.Actor, action, Subject(example), before, after, example.CountryIso3);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void DemandEdit(AccessScope scope, PracticeExample example)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.CanWrite(example.CountryIso3))
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not change example {Number(example.Id)}: only its country's focal point or the secretariat may.");
        }
    }

    private static void DemandSecretariatWriter(AccessScope scope, string what)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariatWriter)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not {what}: the secretariat does.");
        }
    }

    private static void RefuseArchived(PracticeExample example, string step)
    {
        if (example.Status == PracticeExampleStatus.Archived)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.Archived." + step, example.Id));
        }
    }

    private static string Subject(PracticeExample example) => $"practice-example:{Number(example.Id)}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
