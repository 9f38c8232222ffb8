using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Practice;

/// <summary>Suggested edits and consent: what passes between the secretariat and an example's country.</summary>
public sealed partial class PracticeExamples
{
    /// <summary>The secretariat suggests an edit; the example goes back to its country. Returns the suggestion's id.</summary>
    /// <remarks>
    /// One suggestion is open per example at a time, so the country answers one coherent proposal
    /// and two proposals never overwrite each other. An example in review goes back to its country
    /// (EditsSuggested); an approved one stays in the library until the country accepts (a new
    /// version, back to review) or declines.
    /// </remarks>
    public async Task<int> SuggestEditAsync(AccessScope scope, int id, ExampleDraft proposed, string note, CancellationToken cancellationToken)
    {
        DemandSecretariatWriter(scope, "suggest edits to examples");
        var example = await LoadAsync(id, cancellationToken);
        if (await HasOpenSuggestionAsync(id, cancellationToken))
        {
            throw new PracticeException(PracticeWords.Of("Refusal.SuggestionOpen", id));
        }

        if (example.Status is not (PracticeExampleStatus.InReview or PracticeExampleStatus.Approved))
        {
            throw new PracticeException(PracticeWords.Of("Refusal.SuggestStatus", id, PracticeWords.Status(example.Status)));
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new PracticeException(PracticeWords.Of("Refusal.Note"), "note");
        }

        var (text, _) = ExampleDraftRules.Check(proposed, catalog);
        var changes = ExampleText.Changes(ExampleText.Of(example), text);
        if (changes == "{}")
        {
            throw new PracticeException(PracticeWords.Of("Refusal.Unchanged"), "proposed");
        }

        var suggestion = new ExampleEditSuggestion
        {
            ExampleId = id,
            OnVersion = example.Version,
            Proposed = changes,
            Note = note.Trim(),
            SuggestedBy = scope.Actor.Name,
            SuggestedAt = clock.GetUtcNow(),
        };
        db.ExampleEditSuggestions.Add(suggestion);
        var before = example.Status;
        if (example.Status == PracticeExampleStatus.InReview)
        {
            example.Status = PracticeExampleStatus.EditsSuggested;
        }

        await SaveAsync(scope, example, AuditActions.PracticeEditSuggestion, before.ToString(), $"suggested on v{Number(example.Version)}: {suggestion.Note}", cancellationToken);
        return suggestion.Id;
    }

    /// <summary>The country accepts (its text becomes the proposed one: a new version) or declines a suggested edit.</summary>
    /// <remarks>Only the country's own focal point answers, never the secretariat. Either way the example goes back to review.</remarks>
    public async Task ResolveSuggestionAsync(AccessScope scope, int suggestionId, bool accept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var suggestion = await db.ExampleEditSuggestions.SingleOrDefaultAsync(s => s.Id == suggestionId, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no suggested edit {Number(suggestionId)}.");
        var example = await LoadAsync(suggestion.ExampleId, cancellationToken);
        DemandOwnFocalPoint(scope, example, "answer suggested edits");
        RefuseArchived(example, "Answer");
        if (suggestion.Accepted is { } answered)
        {
            throw new PracticeException(PracticeWords.Of(answered ? "Refusal.AlreadyAccepted" : "Refusal.AlreadyDeclined", suggestionId));
        }

        suggestion.Accepted = accept;
        suggestion.ResolvedBy = scope.Actor.Name;
        suggestion.ResolvedAt = clock.GetUtcNow();
        if (accept)
        {
            var (text, domain) = ExampleDraftRules.Check(ExampleText.Apply(ExampleText.Of(example), suggestion.Proposed), catalog);
            if (ChangeText(example, text, domain))
            {
                audit.Add(scope.Actor, AuditActions.PracticeExampleEdited, Subject(example), null, $"v{Number(example.Version)}: {text.Title} (suggested edit {Number(suggestionId)})", example.CountryIso3);
            }
        }

        if (example.Status == PracticeExampleStatus.EditsSuggested)
        {
            example.Status = PracticeExampleStatus.InReview;
        }

        await SaveAsync(scope, example, AuditActions.PracticeEditSuggestion, $"suggestion {Number(suggestionId)}", accept ? "accepted" : "declined", cancellationToken);
    }

    /// <summary>The country's focal point consents to the current version at a visibility (at most the proposed one).</summary>
    /// <remarks>
    /// Only the country's own focal point consents, never the secretariat. A newer consent replaces
    /// an older one for the same version (a country may narrow it). The example is shown once it is
    /// also approved (<see cref="ExampleVisibilityRule"/>).
    /// </remarks>
    public async Task ConsentAsync(AccessScope scope, int id, int version, ExampleVisibility visibility, CancellationToken cancellationToken)
    {
        var example = await LoadAsync(id, cancellationToken);
        DemandOwnFocalPoint(scope, example, "consent to show examples");
        RefuseArchived(example, "Consent");
        if (version != example.Version)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.Version", version, example.Version), "version");
        }

        if (visibility == ExampleVisibility.Secretariat)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.ConsentSecretariat"), "visibility");
        }

        if (visibility > example.ProposedVisibility)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.ConsentAbove", PracticeWords.Visibility(example.ProposedVisibility), PracticeWords.Visibility(visibility)), "visibility");
        }

        example.Consents.Add(new ExampleConsent
        {
            ExampleId = id,
            Version = version,
            Visibility = visibility,
            GivenBy = scope.Actor.Name,
            GivenAt = clock.GetUtcNow(),
        });
        await SaveAsync(scope, example, AuditActions.PracticeConsent, null, $"consented to v{Number(version)} at {visibility}", cancellationToken);
    }

    /// <summary>The country withdraws its standing consent: the example is hidden again at once.</summary>
    /// <remarks>Every consent not yet withdrawn (of any version) is withdrawn. Only the country's own focal point withdraws.</remarks>
    public async Task WithdrawConsentAsync(AccessScope scope, int id, CancellationToken cancellationToken)
    {
        var example = await LoadAsync(id, cancellationToken);
        DemandOwnFocalPoint(scope, example, "withdraw consent");
        var standing = example.Consents.Where(c => c.WithdrawnAt is null).ToList();
        if (standing.Count == 0)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.NoConsent", id));
        }

        var now = clock.GetUtcNow();
        foreach (var consent in standing)
        {
            consent.WithdrawnAt = now;
            consent.WithdrawnBy = scope.Actor.Name;
        }

        var withdrawn = string.Join(", ", standing.Select(c => $"v{Number(c.Version)} at {c.Visibility}"));
        await SaveAsync(scope, example, AuditActions.PracticeConsent, withdrawn, "withdrawn", cancellationToken);
    }

    // Consent and answers to suggestions are the country's own: its focal point, never the secretariat.
    private static void DemandOwnFocalPoint(AccessScope scope, PracticeExample example, string what)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Level != ScopeLevel.Country
            || !scope.Actor.Has(Permissions.WriteOwnCountry)
            || !string.Equals(scope.CountryIso3, example.CountryIso3, StringComparison.Ordinal))
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not {what} for example {Number(example.Id)}: only its country's focal point may.");
        }
    }
}
