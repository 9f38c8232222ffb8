using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using static MnrPlatform.Data.Tests.Practice.PracticeKit;

namespace MnrPlatform.Data.Tests.Practice;

/// <summary>The library's filters and full-text search, applied in the store, find the same examples on both databases; a hidden example is never found.</summary>
public abstract class LibrarySearchTests : PracticeStoreTests
{
    [Fact]
    public async Task Each_filter_keeps_only_what_it_names_and_text_search_finds_only_visible_examples()
    {
        var examples = Examples(Db);
        var helpline = await PublishedAsync(examples, "MDA", Draft("Chat helpline for children") with { PhaseReached = 3, Language = "en" }, ["helplines"]);
        var police = await PublishedAsync(examples, "SWE", Draft("Cybercrime unit with victim identifiers", "law-enforcement") with { PhaseReached = 4, Language = "sv-SE" }, ["policing"]);
        var french = await PublishedAsync(examples, "MDA", Draft("Ligne d'écoute pour enfants") with { PhaseReached = 2, Language = "fr" }, ["helplines", "languages"]);
        var hidden = await examples.CreateAsync(Moldova, "MDA", Draft("Chat helpline draft not yet shown"), Cancellation);

        async Task<int[]> FoundAsync(ExampleQuery query) =>
            [.. (await Library(Fresh()).SearchAsync(Viewer, query, Cancellation)).Select(s => s.Id).Order()];

        Assert.Equal([helpline, police, french], await FoundAsync(new ExampleQuery()));
        Assert.Equal([helpline, french], await FoundAsync(new ExampleQuery(CapabilityCode: Capability)));
        Assert.Equal([police], await FoundAsync(new ExampleQuery(DomainCode: "criminal-justice")));
        Assert.Equal([police], await FoundAsync(new ExampleQuery(Phase: 4)));
        Assert.Equal([helpline, french], await FoundAsync(new ExampleQuery(Theme: "helplines")));
        Assert.Equal([police], await FoundAsync(new ExampleQuery(Language: "sv")));
        Assert.Equal([french], await FoundAsync(new ExampleQuery(Language: "fr")));
        Assert.Equal([helpline, french], await FoundAsync(new ExampleQuery(CountryIso3: "MDA")));
        Assert.Equal([police], await FoundAsync(new ExampleQuery(Region: "Northern Europe", IncomeGroup: "H")));
        Assert.Equal([helpline], await FoundAsync(new ExampleQuery(Text: "helpline fo")));
        Assert.Equal([french], await FoundAsync(new ExampleQuery(Text: "ecoute")));
        Assert.Equal([helpline], await FoundAsync(new ExampleQuery(Text: "helpline", Theme: "helplines", Phase: 3)));
        Assert.Empty(await FoundAsync(new ExampleQuery(Text: "draft")));
        Assert.Contains(hidden, (await Library(Fresh()).WorklistAsync(Moldova, Cancellation)).Select(s => s.Id));
        Assert.Equal(["Cybercrime unit with victim identifiers"], (await Library(Fresh()).SearchAsync(Viewer, new ExampleQuery(Text: "victim"), Cancellation)).Select(s => s.Title));
    }

    private static async Task<int> PublishedAsync(PracticeExamples examples, string country, ExampleDraft draft, string[] themes)
    {
        var id = await ApprovedAsync(examples, ExampleVisibility.Members, Cancellation, country, draft);
        await examples.CurateAsync(Analyst, id, new ExampleCuration(themes, ExampleVisibility.Members, true), Cancellation);
        await examples.ConsentAsync(Scope(Core.Access.Roles.FocalPoint, country), id, 1, ExampleVisibility.Members, Cancellation);
        return id;
    }
}

public sealed class SqliteLibrarySearchTests : LibrarySearchTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlLibrarySearchTests : LibrarySearchTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
