using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using static MnrPlatform.Data.Tests.Practice.PracticeKit;

namespace MnrPlatform.Data.Tests.Practice;

/// <summary>
/// An anonymised example is published only when at least k countries that take part in the
/// platform's rounds share the country's group, and it answers filters only as far as its label says.
/// </summary>
public abstract class AnonymisationTests : PracticeStoreTests
{
    // Moldova (Eastern Europe, upper-middle income since FY2022) with two more of Eastern Europe and three of Western and Northern Europe.
    private static readonly string[] TakingPart = ["MDA", "UKR", "POL", "SWE", "DEU", "FRA"];

    [Fact]
    public async Task A_level_that_would_point_to_the_country_is_refused_with_the_reason_and_nothing_changes()
    {
        await InviteAsync(Db, TakingPart, Cancellation);
        var examples = Examples(Db);
        var id = await ApprovedAsync(examples, ExampleVisibility.Public, Cancellation);

        var subRegion = await Assert.ThrowsAsync<PracticeException>(() => examples.AnonymiseAsync(Analyst, id, AnonymityLevel.SubRegion, ExampleVisibility.Public, Cancellation));
        Assert.Equal("level", subRegion.Field);
        Assert.Contains("\"A country in Eastern Europe\": only 3 of the 6 countries", subRegion.Message, StringComparison.Ordinal);
        Assert.Contains("fewer than the 5 the cell rule needs", subRegion.Message, StringComparison.Ordinal);
        var income = await Assert.ThrowsAsync<PracticeException>(() => examples.AnonymiseAsync(Analyst, id, AnonymityLevel.IncomeGroup, ExampleVisibility.Public, Cancellation));
        Assert.Contains("\"An upper-middle-income country\": only 2 of the 6", income.Message, StringComparison.Ordinal);

        var stored = await Fresh().PracticeExamples.SingleAsync(e => e.Id == id, Cancellation);
        Assert.Null(stored.AnonymisedAs);
        Assert.False(await Fresh().AuditEntries.AnyAsync(a => a.Action == AuditActions.PracticeExampleAnonymised, Cancellation));
        Assert.Empty(await Library(Fresh()).SearchAsync(Anonymous, new ExampleQuery(), Cancellation));
    }

    [Fact]
    public async Task The_cell_size_is_the_configured_k()
    {
        await InviteAsync(Db, TakingPart, Cancellation);
        var id = await ApprovedAsync(Examples(Db), ExampleVisibility.Public, Cancellation);

        await Examples(Db, minimumCellSize: 3).AnonymiseAsync(Analyst, id, AnonymityLevel.SubRegion, ExampleVisibility.Members, Cancellation);

        var shown = Assert.Single(await Library(Fresh()).SearchAsync(Viewer, new ExampleQuery(), Cancellation));
        Assert.Equal(("A country in Eastern Europe", (string?)null, ExampleShown.Anonymised), (shown.Source, shown.CountryIso3, shown.Shown));
        Assert.Empty(await Library(Fresh()).SearchAsync(Anonymous, new ExampleQuery(), Cancellation));
    }

    [Fact]
    public async Task An_anonymised_example_answers_only_the_filters_its_label_reveals_and_a_named_one_its_countrys_reference_data()
    {
        await InviteAsync(Db, TakingPart, Cancellation);
        var examples = Examples(Db);
        var anonymised = await ApprovedAsync(examples, ExampleVisibility.Public, Cancellation, draft: Draft("Anonymised helpline"));
        await examples.AnonymiseAsync(Analyst, anonymised, AnonymityLevel.Region, ExampleVisibility.Public, Cancellation);
        var named = await ApprovedAsync(examples, ExampleVisibility.Public, Cancellation, draft: Draft("Named helpline"));
        await examples.ConsentAsync(Moldova, named, 1, ExampleVisibility.Public, Cancellation);

        async Task<string[]> FoundAsync(ExampleQuery query) =>
            [.. (await Library(Fresh()).SearchAsync(Anonymous, query, Cancellation)).Select(s => $"{s.Title}: {s.Source}").Order(StringComparer.Ordinal)];

        Assert.Equal(["Anonymised helpline: A country in Europe", "Named helpline: Republic of Moldova"], await FoundAsync(new ExampleQuery(Region: "Europe")));
        Assert.Equal(["Named helpline: Republic of Moldova"], await FoundAsync(new ExampleQuery(Region: "Eastern Europe")));
        Assert.Equal(["Named helpline: Republic of Moldova"], await FoundAsync(new ExampleQuery(IncomeGroup: "UM")));
        Assert.Empty(await FoundAsync(new ExampleQuery(IncomeGroup: "LM")));
        Assert.Empty(await FoundAsync(new ExampleQuery(Region: "Africa")));
        Assert.Equal(["Named helpline: Republic of Moldova"], await FoundAsync(new ExampleQuery(CountryIso3: "MDA")));
        var wrongCode = await Assert.ThrowsAsync<PracticeException>(() => Library(Fresh()).SearchAsync(Anonymous, new ExampleQuery(IncomeGroup: "Upper"), Cancellation));
        Assert.Equal(nameof(ExampleQuery.IncomeGroup), wrongCode.Field);

        var page = await Library(Fresh()).GetAsync(Anonymous, anonymised, Cancellation);
        Assert.Equal((ExampleShown.Anonymised, (string?)null, (string?)null), (page!.Summary.Shown, page.Summary.CountryIso3, page.Draft.ContactRole));
        Assert.Empty(page.Draft.Links);
        Assert.Empty(page.OpenSuggestions);
    }

    [Fact]
    public async Task Taking_it_down_or_a_change_of_text_hides_the_anonymised_version()
    {
        await InviteAsync(Db, TakingPart, Cancellation);
        var examples = Examples(Db);
        var first = await ApprovedAsync(examples, ExampleVisibility.Public, Cancellation);
        var second = await ApprovedAsync(examples, ExampleVisibility.Public, Cancellation);
        await examples.AnonymiseAsync(Analyst, first, AnonymityLevel.Region, ExampleVisibility.Public, Cancellation);
        await examples.AnonymiseAsync(Analyst, second, AnonymityLevel.Region, ExampleVisibility.Public, Cancellation);
        Assert.Equal(2, (await Library(Fresh()).SearchAsync(Anonymous, new ExampleQuery(), Cancellation)).Count);

        await examples.AnonymiseAsync(Analyst, first, null, ExampleVisibility.Public, Cancellation);
        await examples.UpdateAsync(Moldova, second, Draft("Our helpline, with the name of its director"), Cancellation);
        await examples.CurateAsync(Analyst, second, new ExampleCuration([], ExampleVisibility.Public, true), Cancellation);

        Assert.Empty(await Library(Fresh()).SearchAsync(Anonymous, new ExampleQuery(), Cancellation));
        Assert.Null((await Fresh().PracticeExamples.SingleAsync(e => e.Id == second, Cancellation)).AnonymisedAs);
    }

    [Fact]
    public async Task Only_the_secretariat_publishes_an_approved_example_anonymised_for_members_or_the_public()
    {
        await InviteAsync(Db, TakingPart, Cancellation);
        var examples = Examples(Db);
        var draft = await examples.CreateAsync(Moldova, "MDA", Draft(), Cancellation);
        var approved = await ApprovedAsync(examples, ExampleVisibility.Public, Cancellation);

        var notApproved = await Assert.ThrowsAsync<PracticeException>(() => examples.AnonymiseAsync(Analyst, draft, AnonymityLevel.Region, ExampleVisibility.Public, Cancellation));
        Assert.Contains("approve it first", notApproved.Message, StringComparison.Ordinal);
        var secretariat = await Assert.ThrowsAsync<PracticeException>(() => examples.AnonymiseAsync(Analyst, approved, AnonymityLevel.Region, ExampleVisibility.Secretariat, Cancellation));
        Assert.Equal("visibility", secretariat.Field);
        await Assert.ThrowsAsync<AccessDeniedException>(() => examples.AnonymiseAsync(Moldova, approved, AnonymityLevel.Region, ExampleVisibility.Public, Cancellation));
    }
}

public sealed class SqliteAnonymisationTests : AnonymisationTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlAnonymisationTests : AnonymisationTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
