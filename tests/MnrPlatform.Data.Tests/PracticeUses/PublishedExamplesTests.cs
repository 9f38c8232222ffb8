using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using MnrPlatform.Data.Practice.Uses;
using static MnrPlatform.Data.Tests.PracticeUses.ExampleWorkflow;

namespace MnrPlatform.Data.Tests.PracticeUses;

/// <summary>
/// Published examples beside peer-learning suggestions and on domain pages: only what the country
/// consented to show beyond the secretariat, gone at once when it withdraws, on SQLite and PostgreSQL.
/// </summary>
public abstract class PublishedExamplesTests : IAsyncLifetime
{
    private ITestStore store = null!;
    private MnrDbContext db = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        db = await store.OpenPreparedAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private PublishedExamples Service() => new(Library(db));

    private Task<int> PublishedAsync(string country, string capability, string title, ExampleVisibility proposed, ExampleVisibility? consent) =>
        ExampleWorkflow.PublishedAsync(db, country, capability, title, proposed, consent, Cancellation);

    [Fact]
    public async Task A_suggestion_shows_only_the_partners_examples_of_the_capability_consented_to_members_or_wider()
    {
        var members = await PublishedAsync("MDA", "end-to-end-support", "Barnahus in Chisinau", ExampleVisibility.Members, ExampleVisibility.Members);
        var everyone = await PublishedAsync("MDA", "end-to-end-support", "One-stop centre in Balti", ExampleVisibility.Public, ExampleVisibility.Public);
        await PublishedAsync("MDA", "end-to-end-support", "Approved, not consented", ExampleVisibility.Members, consent: null);
        await PublishedAsync("MDA", "child-helpline", "Helpline 116 111", ExampleVisibility.Members, ExampleVisibility.Members);
        await PublishedAsync("GEO", "end-to-end-support", "Another country's", ExampleVisibility.Members, ExampleVisibility.Members);

        var shown = await Service().ForPartnerAsync(Analyst, "MDA", "end-to-end-support", Cancellation);

        Assert.Equal([everyone, members], shown.Select(e => e.Id));
        Assert.All(shown, e => Assert.Equal((ExampleShown.Named, "MDA"), (e.Shown, e.CountryIso3)));
    }

    [Fact]
    public async Task A_withdrawn_consent_takes_the_example_off_the_suggestion_and_changes_the_page_stamp()
    {
        var id = await PublishedAsync("MDA", "end-to-end-support", "Barnahus in Chisinau", ExampleVisibility.Members, ExampleVisibility.Members);
        var before = await ExampleVisibilityStamp.ReadAsync(db, Cancellation);
        Assert.Single(await Service().ForPartnerAsync(Analyst, "MDA", "end-to-end-support", Cancellation));

        await Examples(db).WithdrawConsentAsync(FocalPoint("MDA"), id, Cancellation);

        Assert.Empty(await Service().ForPartnerAsync(Analyst, "MDA", "end-to-end-support", Cancellation));
        Assert.NotEqual(before, await ExampleVisibilityStamp.ReadAsync(db, Cancellation));
    }

    [Fact]
    public async Task Only_the_secretariat_reads_suggestions()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().ForPartnerAsync(FocalPoint("KEN"), "MDA", "end-to-end-support", Cancellation));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().ForPartnerAsync(Viewer, "MDA", "end-to-end-support", Cancellation));
    }

    [Fact]
    public async Task A_domain_page_shows_members_the_consented_examples_per_capability_and_the_public_only_public_ones()
    {
        var members = await PublishedAsync("MDA", "end-to-end-support", "Barnahus in Chisinau", ExampleVisibility.Members, ExampleVisibility.Members);
        var everyone = await PublishedAsync("MDA", "child-helpline", "Helpline 116 111", ExampleVisibility.Public, ExampleVisibility.Public);
        await PublishedAsync("MDA", "end-to-end-support", "Approved, not consented", ExampleVisibility.Members, consent: null);
        await PublishedAsync("KEN", "end-to-end-support", "Draft of Kenya", ExampleVisibility.Members, consent: null);

        foreach (var viewer in new[] { Viewer, Analyst, FocalPoint("KEN") })
        {
            var page = await Service().ForDomainAsync(viewer, "victim", Cancellation);
            Assert.Equal([members], page["end-to-end-support"].Select(e => e.Id));
            Assert.Equal([everyone], page["child-helpline"].Select(e => e.Id));
        }

        var anonymous = await Service().ForDomainAsync(AccessScope.Anonymous, "victim", Cancellation);
        Assert.Equal(["child-helpline"], anonymous.Keys);
        Assert.Empty(await Service().ForDomainAsync(Viewer, "industry", Cancellation));
    }

    [Fact]
    public async Task A_domain_page_shows_at_most_a_few_examples_per_capability()
    {
        for (var i = 0; i < PublishedExamples.PerCapability + 2; i++)
        {
            await PublishedAsync("MDA", "child-helpline", $"Helpline example {i}", ExampleVisibility.Members, ExampleVisibility.Members);
        }

        var page = await Service().ForDomainAsync(Viewer, "victim", Cancellation);

        Assert.Equal(PublishedExamples.PerCapability, page["child-helpline"].Count);
    }
}

public sealed class SqlitePublishedExamplesTests : PublishedExamplesTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlPublishedExamplesTests : PublishedExamplesTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
