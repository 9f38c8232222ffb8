using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// Recording, curating and consenting to examples of practice. A focal point writes for its own
/// country; the secretariat (writer) for any. Every change is audited; every refusal is a
/// <see cref="PracticeException"/> naming the field, or an <see cref="AccessDeniedException"/>.
/// </summary>
public sealed class PracticeExamples
{
    /// <summary>Records a new example (status Draft, version 1); returns its id.</summary>
    public Task<int> CreateAsync(AccessScope scope, string countryIso3, ExampleDraft draft, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Changes an example's text: a new version, so any consent no longer covers it.</summary>
    public Task UpdateAsync(AccessScope scope, int id, ExampleDraft draft, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Sends a draft (or an edited example) to the secretariat for review.</summary>
    public Task SubmitAsync(AccessScope scope, int id, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>The secretariat suggests an edit; the example goes back to its country. Returns the suggestion's id.</summary>
    public Task<int> SuggestEditAsync(AccessScope scope, int id, ExampleDraft proposed, string note, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>The country accepts (its text becomes the proposed one: a new version) or declines a suggested edit.</summary>
    public Task ResolveSuggestionAsync(AccessScope scope, int suggestionId, bool accept, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>The secretariat sets themes and the proposed visibility, and approves when the review is done.</summary>
    public Task CurateAsync(AccessScope scope, int id, ExampleCuration curation, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>The country's focal point consents to the current version at a visibility (at most the proposed one).</summary>
    public Task ConsentAsync(AccessScope scope, int id, int version, ExampleVisibility visibility, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>The country withdraws its standing consent: the example is hidden again at once.</summary>
    public Task WithdrawConsentAsync(AccessScope scope, int id, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>
    /// The secretariat publishes an anonymised version at a level and visibility, without consent,
    /// only when at least k countries (Disclosure:MinimumCellSize) share the country's group at that
    /// level; otherwise refuses and says how many share it. A null level takes the anonymised version down.
    /// </summary>
    public Task AnonymiseAsync(AccessScope scope, int id, AnonymityLevel? level, ExampleVisibility visibility, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>The secretariat archives an example (out of the library) or brings it back.</summary>
    public Task ArchiveAsync(AccessScope scope, int id, bool archived, CancellationToken cancellationToken) => throw new NotImplementedException();
}
