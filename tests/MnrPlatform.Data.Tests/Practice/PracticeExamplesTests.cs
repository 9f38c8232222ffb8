using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using static MnrPlatform.Data.Tests.Practice.PracticeKit;

namespace MnrPlatform.Data.Tests.Practice;

/// <summary>Recording, reviewing and consenting to examples, step by step, as the library shows them.</summary>
public abstract class PracticeExamplesTests : PracticeStoreTests
{
    [Fact]
    public async Task The_journey_an_example_is_shown_only_with_consent_to_its_current_text_and_hidden_again_on_withdrawal()
    {
        var examples = Examples(Db);
        var id = await examples.CreateAsync(Moldova, "MDA", Draft(), Cancellation);
        await examples.SubmitAsync(Moldova, id, Cancellation);
        await examples.CurateAsync(Analyst, id, new ExampleCuration(["Chat-Services", "helplines"], ExampleVisibility.Members, Approve: false), Cancellation);
        var suggestionId = await examples.SuggestEditAsync(Analyst, id, Draft() with { Results = "Calls doubled in two years; chats tripled." }, "Say what happened to chats.", Cancellation);

        var asked = await Library(Fresh()).GetAsync(Moldova, id, Cancellation);
        Assert.Equal(PracticeExampleStatus.EditsSuggested, asked!.Status);
        var suggestion = Assert.Single(asked.OpenSuggestions);
        Assert.Equal(("Calls doubled in two years; chats tripled.", "Say what happened to chats."), (suggestion.Proposed.Results, suggestion.Note));
        Assert.Null(await Library(Fresh()).GetAsync(Viewer, id, Cancellation));

        await examples.ResolveSuggestionAsync(Moldova, suggestionId, accept: true, Cancellation);
        await examples.ConsentAsync(Moldova, id, 2, ExampleVisibility.Members, Cancellation);
        Assert.Empty(await Library(Fresh()).SearchAsync(Viewer, new ExampleQuery(), Cancellation));
        await examples.CurateAsync(Analyst, id, new ExampleCuration(["chat-services", "helplines"], ExampleVisibility.Members, Approve: true), Cancellation);

        var found = Assert.Single(await Library(Fresh()).SearchAsync(Viewer, new ExampleQuery(Theme: "chat-services"), Cancellation));
        Assert.Equal((id, ExampleShown.Named, "Republic of Moldova", "MDA"), (found.Id, found.Shown, found.Source, found.CountryIso3));
        Assert.Equal(["chat-services", "helplines"], (await Library(Fresh()).GetAsync(Sweden, id, Cancellation))!.Themes);
        Assert.Empty(await Library(Fresh()).SearchAsync(Anonymous, new ExampleQuery(), Cancellation));

        await examples.UpdateAsync(Moldova, id, Draft() with { Results = "Calls doubled; chats tripled." }, Cancellation);
        var edited = await Library(Fresh()).GetAsync(Moldova, id, Cancellation);
        Assert.Equal((PracticeExampleStatus.InReview, 3, (ExampleVisibility?)null), (edited!.Status, edited.Version, edited.ConsentedVisibility));
        await examples.CurateAsync(Analyst, id, new ExampleCuration(["helplines"], ExampleVisibility.Members, Approve: true), Cancellation);
        Assert.Null(await Library(Fresh()).GetAsync(Viewer, id, Cancellation));

        await examples.ConsentAsync(Moldova, id, 3, ExampleVisibility.Members, Cancellation);
        Assert.NotNull(await Library(Fresh()).GetAsync(Viewer, id, Cancellation));
        await examples.WithdrawConsentAsync(Moldova, id, Cancellation);
        Assert.Null(await Library(Fresh()).GetAsync(Viewer, id, Cancellation));
        Assert.Empty(await Library(Fresh()).SearchAsync(Sweden, new ExampleQuery(), Cancellation));
        Assert.NotNull(await Library(Fresh()).GetAsync(Moldova, id, Cancellation));

        var actions = await Fresh().AuditEntries.Where(a => a.Subject == $"practice-example:{id}").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Cancellation);
        Assert.Equal(
            [AuditActions.PracticeExampleCreated, AuditActions.PracticeExampleSubmitted, AuditActions.PracticeExampleCurated, AuditActions.PracticeEditSuggestion,
             AuditActions.PracticeExampleEdited, AuditActions.PracticeEditSuggestion, AuditActions.PracticeConsent, AuditActions.PracticeExampleCurated,
             AuditActions.PracticeExampleEdited, AuditActions.PracticeExampleCurated, AuditActions.PracticeConsent, AuditActions.PracticeConsent],
            actions.Where(a => a != AuditActions.UnitDataRead));
    }

    [Fact]
    public async Task A_consent_is_for_the_current_version_at_most_the_proposed_visibility_and_the_countrys_alone()
    {
        var examples = Examples(Db);
        var id = await ApprovedAsync(examples, ExampleVisibility.Members, Cancellation);

        var stale = await Assert.ThrowsAsync<PracticeException>(() => examples.ConsentAsync(Moldova, id, 2, ExampleVisibility.Members, Cancellation));
        Assert.Equal("version", stale.Field);
        Assert.Contains("version 1", stale.Message, StringComparison.Ordinal);
        var wider = await Assert.ThrowsAsync<PracticeException>(() => examples.ConsentAsync(Moldova, id, 1, ExampleVisibility.Public, Cancellation));
        Assert.Equal("visibility", wider.Field);
        Assert.Contains("proposes Members", wider.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<AccessDeniedException>(() => examples.ConsentAsync(Analyst, id, 1, ExampleVisibility.Members, Cancellation));
        await Assert.ThrowsAsync<AccessDeniedException>(() => examples.ConsentAsync(Scope(Roles.Administrator), id, 1, ExampleVisibility.Members, Cancellation));
        await Assert.ThrowsAsync<AccessDeniedException>(() => examples.ConsentAsync(Sweden, id, 1, ExampleVisibility.Members, Cancellation));
        var none = await Assert.ThrowsAsync<PracticeException>(() => examples.WithdrawConsentAsync(Moldova, id, Cancellation));
        Assert.Contains("no consent", none.Message, StringComparison.Ordinal);
        Assert.False(await Fresh().ExampleConsents.AnyAsync(Cancellation));

        await examples.ConsentAsync(Moldova, id, 1, ExampleVisibility.Members, Cancellation);
        await Assert.ThrowsAsync<AccessDeniedException>(() => examples.WithdrawConsentAsync(Analyst, id, Cancellation));
        var consent = await Fresh().ExampleConsents.SingleAsync(Cancellation);
        Assert.Equal((1, ExampleVisibility.Members, "focalpointmda@example.org", (DateTimeOffset?)null), (consent.Version, consent.Visibility, consent.GivenBy, consent.WithdrawnAt));
    }

    [Fact]
    public async Task One_suggested_edit_is_open_at_a_time_and_only_the_country_answers_it()
    {
        var examples = Examples(Db);
        var id = await examples.CreateAsync(Moldova, "MDA", Draft(), Cancellation);
        var notYet = await Assert.ThrowsAsync<PracticeException>(() => examples.SuggestEditAsync(Analyst, id, Draft("Shorter title"), "Shorter.", Cancellation));
        Assert.Contains("Draft", notYet.Message, StringComparison.Ordinal);
        await examples.SubmitAsync(Moldova, id, Cancellation);

        var same = await Assert.ThrowsAsync<PracticeException>(() => examples.SuggestEditAsync(Analyst, id, Draft(), "Nothing.", Cancellation));
        Assert.Equal("proposed", same.Field);
        var noNote = await Assert.ThrowsAsync<PracticeException>(() => examples.SuggestEditAsync(Analyst, id, Draft("Shorter title"), " ", Cancellation));
        Assert.Equal("note", noNote.Field);
        var first = await examples.SuggestEditAsync(Analyst, id, Draft("Shorter title"), "Shorter.", Cancellation);
        var second = await Assert.ThrowsAsync<PracticeException>(() => examples.SuggestEditAsync(Analyst, id, Draft("Other title"), "Other.", Cancellation));
        Assert.Contains("one is open at a time", second.Message, StringComparison.Ordinal);
        var approve = await Assert.ThrowsAsync<PracticeException>(() => examples.CurateAsync(Analyst, id, new ExampleCuration([], ExampleVisibility.Public, true), Cancellation));
        Assert.Contains("not yet answered", approve.Message, StringComparison.Ordinal);
        var submit = await Assert.ThrowsAsync<PracticeException>(() => examples.SubmitAsync(Moldova, id, Cancellation));
        Assert.Contains("accept or decline", submit.Message, StringComparison.Ordinal);

        await Assert.ThrowsAsync<AccessDeniedException>(() => examples.ResolveSuggestionAsync(Analyst, first, true, Cancellation));
        await Assert.ThrowsAsync<AccessDeniedException>(() => examples.ResolveSuggestionAsync(Sweden, first, true, Cancellation));
        await examples.ResolveSuggestionAsync(Moldova, first, accept: false, Cancellation);
        var twice = await Assert.ThrowsAsync<PracticeException>(() => examples.ResolveSuggestionAsync(Moldova, first, true, Cancellation));
        Assert.Contains("already declined", twice.Message, StringComparison.Ordinal);

        var example = await Fresh().PracticeExamples.SingleAsync(e => e.Id == id, Cancellation);
        Assert.Equal((PracticeExampleStatus.InReview, 1, Draft().Title), (example.Status, example.Version, example.Title));
        await examples.SuggestEditAsync(Analyst, id, Draft("Other title"), "Other.", Cancellation);
    }

    [Fact]
    public async Task An_unchanged_text_makes_no_new_version_and_an_archived_example_leaves_the_library_until_approved_again()
    {
        var examples = Examples(Db);
        var id = await ApprovedAsync(examples, ExampleVisibility.Public, Cancellation);
        await examples.ConsentAsync(Moldova, id, 1, ExampleVisibility.Public, Cancellation);
        await examples.UpdateAsync(Moldova, id, Draft() with { Title = "  " + Draft().Title + " " }, Cancellation);
        Assert.Single(await Library(Fresh()).SearchAsync(Anonymous, new ExampleQuery(), Cancellation));

        await examples.ArchiveAsync(Analyst, id, archived: true, Cancellation);
        Assert.Empty(await Library(Fresh()).SearchAsync(Anonymous, new ExampleQuery(), Cancellation));
        Assert.Null(await Library(Fresh()).GetAsync(Viewer, id, Cancellation));
        Assert.Equal(PracticeExampleStatus.Archived, (await Library(Fresh()).GetAsync(Moldova, id, Cancellation))!.Status);
        var edit = await Assert.ThrowsAsync<PracticeException>(() => examples.UpdateAsync(Moldova, id, Draft("New"), Cancellation));
        Assert.Contains("archived", edit.Message, StringComparison.Ordinal);

        await examples.ArchiveAsync(Analyst, id, archived: false, Cancellation);
        Assert.Null(await Library(Fresh()).GetAsync(Anonymous, id, Cancellation));
        await examples.CurateAsync(Analyst, id, new ExampleCuration([], ExampleVisibility.Public, true), Cancellation);
        Assert.NotNull(await Library(Fresh()).GetAsync(Anonymous, id, Cancellation));
    }

    [Fact]
    public async Task Worklists_hold_every_status_for_the_secretariat_and_a_countrys_own_for_its_focal_point()
    {
        var examples = Examples(Db);
        var moldova = await examples.CreateAsync(Moldova, "MDA", Draft("Moldova's draft"), Cancellation);
        var sweden = await examples.CreateAsync(Analyst, "SWE", Draft("Recorded by the secretariat"), Cancellation);

        Assert.Equal([sweden, moldova], (await Library(Fresh()).WorklistAsync(Analyst, Cancellation)).Select(s => s.Id));
        Assert.Equal([moldova], (await Library(Fresh()).WorklistAsync(Moldova, Cancellation)).Select(s => s.Id));
        Assert.Equal([sweden], (await Library(Fresh()).WorklistAsync(Sweden, Cancellation)).Select(s => s.Id));
        Assert.Empty(await Library(Fresh()).WorklistAsync(Viewer, Cancellation));
        Assert.Empty(await Library(Fresh()).WorklistAsync(Anonymous, Cancellation));
        Assert.Equal("victim", (await Fresh().PracticeExamples.SingleAsync(e => e.Id == sweden, Cancellation)).DomainCode);
    }
}

public sealed class SqlitePracticeExamplesTests : PracticeExamplesTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlPracticeExamplesTests : PracticeExamplesTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
