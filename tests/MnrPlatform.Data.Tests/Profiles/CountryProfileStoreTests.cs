using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Profiles;
using MnrPlatform.Data.Tests.Demo;

namespace MnrPlatform.Data.Tests.Profiles;

/// <summary>A country's profile read from the demo store: its rounds, its action plans, who may read it and the audit of the secretariat's reads.</summary>
public abstract class CountryProfileStoreTests(SeededStoreFixture seeded)
{
    protected abstract Task<ITestStore> CreateStoreAsync();

    private static AccessScope ScopeOf(string role, string? country = null) =>
        AccessScope.For(new PlatformPrincipal("id-" + role, role + "@example.org", [role], country));

    private static CountryProfilePageReader Reader(MnrDbContext db) =>
        new(db, new CountryProfileReader(db, DomainPlugins.Catalog, new AuditLog(db)), new RoundDirectory(db),
            new IncomeGroupMedianReader(new RoundRespondentReader(db, DomainPlugins.Catalog), DomainPlugins.Catalog, Options.Create(new DisclosureOptions())));

    [Fact]
    public async Task A_focal_point_reads_its_country_in_every_round_with_validated_answers_newest_first()
    {
        var store = await seeded.GetAsync(CreateStoreAsync);
        await using var db = store.Open();

        var page = await Reader(db).ReadAsync(ScopeOf(Roles.FocalPoint, "KEN"), "KEN", roundCode: null, TestContext.Current.CancellationToken);

        // The 2026 draft is not validated: it is not part of the profile.
        Assert.Equal(["2023-self-assessment", "2021-review"], page.Rounds.Select(r => r.Code));
        Assert.Equal("2023-self-assessment", page.Round!.Code);
        Assert.Equal("Lower-middle income", page.IncomeGroupName);
        Assert.True(page.Profile!.HasPhases);
        Assert.All(page.Profile.Capabilities, c => Assert.InRange(c.Phase!.Value, 1, 4));
        Assert.True(page.History[1].HasInPlace);
        Assert.False(page.History[1].HasPhases);
        // The demo sets three action plans per country, each one phase up.
        Assert.Equal(3, page.Plans.Count);
        Assert.All(page.Plans, c => Assert.Equal(c.Phase + 1, c.Plan!.TargetPhase));
        Assert.All(page.Plans, c => Assert.NotNull(c.Plan!.Actions));
        Assert.All(page.Plans, c => Assert.NotEmpty(c.Plan!.SupportWanted));
        Assert.NotNull(page.Medians);
        Assert.All(page.Medians.Capabilities.Values, m => Assert.False(m.Hidden));
    }

    [Fact]
    public async Task The_median_of_an_unpublished_round_is_shown_to_nobody_and_one_country_would_be_hidden_anyway()
    {
        var store = await seeded.GetAsync(CreateStoreAsync);
        await using var db = store.Open();

        var page = await Reader(db).ReadAsync(ScopeOf(Roles.Analyst), "NZL", "2026-self-assessment", TestContext.Current.CancellationToken);
        var medians = await new IncomeGroupMedianReader(new RoundRespondentReader(db, DomainPlugins.Catalog), DomainPlugins.Catalog, Options.Create(new DisclosureOptions()))
            .ReadAsync("2026-self-assessment", "NZL", TestContext.Current.CancellationToken);

        Assert.Equal("2026-self-assessment", page.Round!.Code);
        Assert.Null(page.Medians);
        Assert.Empty(page.Strengths);
        Assert.All(medians.Capabilities.Values, m => Assert.True(m.Hidden && m.Countries == 1 && m.Median is null));
    }

    [Fact]
    public async Task Another_countrys_focal_point_is_refused_and_the_secretariats_read_is_audited()
    {
        var store = await seeded.GetAsync(CreateStoreAsync);
        await using var db = store.Open();
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<AccessDeniedException>(() => Reader(db).ReadAsync(ScopeOf(Roles.FocalPoint, "GHA"), "KEN", null, ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Reader(db).ReadAsync(ScopeOf(Roles.Viewer), "KEN", null, ct));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Reader(db).ReadAsync(ScopeOf(Roles.Analyst), "XXX", null, ct));
        var before = await db.AuditEntries.CountAsync(e => e.CountryIso3 == "GHA", ct);
        var page = await Reader(db).ReadAsync(ScopeOf(Roles.Analyst), "GHA", "no-such-round", ct);

        Assert.True(page.UnknownRound);
        Assert.Equal("2023-self-assessment", page.Round!.Code);
        Assert.Equal(before + 1, await db.AuditEntries.CountAsync(e => e.CountryIso3 == "GHA" && e.Action == AuditActions.UnitDataRead, ct));
    }

    [Fact]
    public async Task The_secretariat_lists_the_countries_with_validated_answers_by_name_and_nobody_else_may()
    {
        var store = await seeded.GetAsync(CreateStoreAsync);
        await using var db = store.Open();
        var reader = new CountryListReader(db);
        var ct = TestContext.Current.CancellationToken;

        var all = await reader.ListAsync(ScopeOf(Roles.Analyst), null, ct);
        var found = await reader.ListAsync(ScopeOf(Roles.Analyst), "kenya", ct);

        Assert.Equal(42, all.Count);
        Assert.Equal(all.Select(c => c.Name).Order(StringComparer.CurrentCulture), all.Select(c => c.Name));
        Assert.Equal(["2026 self-assessment", "2023 self-assessment", "2021 review"], all.Single(c => c.Iso3 == "NZL").Rounds);
        var kenya = Assert.Single(found);
        Assert.Equal(("KEN", "Africa", "Lower-middle income"), (kenya.Iso3, kenya.Region, kenya.IncomeGroupName));
        await Assert.ThrowsAsync<AccessDeniedException>(() => reader.ListAsync(ScopeOf(Roles.FocalPoint, "KEN"), null, ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => reader.ListAsync(ScopeOf(Roles.Viewer), null, ct));
    }

    [Fact]
    public async Task The_list_pages_orders_and_searches_in_the_database_but_never_by_an_answer()
    {
        var store = await seeded.GetAsync(CreateStoreAsync);
        await using var db = store.Open();
        var reader = new CountryListReader(db);
        var secretariat = ScopeOf(Roles.Analyst);
        var ct = TestContext.Current.CancellationToken;

        var all = (await reader.QueryAsync(secretariat, new CountryListQuery(null), ct)).Items;
        var first = await reader.QueryAsync(secretariat, new CountryListQuery(null, PageSize: 10), ct);
        var last = await reader.QueryAsync(secretariat, new CountryListQuery(null, Page: 4, PageSize: 10), ct);
        var descending = await reader.QueryAsync(secretariat, new CountryListQuery(null, Descending: true, PageSize: 5), ct);
        var byRegion = (await reader.QueryAsync(secretariat, new CountryListQuery(null, CountryListOrder.Region), ct)).Items;
        var byGroup = (await reader.QueryAsync(secretariat, new CountryListQuery(null, CountryListOrder.IncomeGroup, Descending: true), ct)).Items;
        var highIncome = await reader.QueryAsync(secretariat, new CountryListQuery("high income"), ct);
        var african = await reader.QueryAsync(secretariat, new CountryListQuery("AFRICA", PageSize: 3), ct);

        Assert.Equal((42, 10), (first.TotalItems, first.Items.Count));
        Assert.Equal(all.Take(10).Select(c => c.Iso3), first.Items.Select(c => c.Iso3));
        Assert.Equal(all.Skip(40).Select(c => c.Iso3), last.Items.Select(c => c.Iso3));
        Assert.Equal(all.Reverse().Take(5).Select(c => c.Iso3), descending.Items.Select(c => c.Iso3));
        Assert.Equal(byRegion.Select(c => c.Region).Order(StringComparer.Ordinal), byRegion.Select(c => c.Region));
        Assert.Equal("High income", byGroup[0].IncomeGroupName);
        Assert.Equal("Low income", byGroup.Last(c => c.IncomeGroupName is not null).IncomeGroupName);
        Assert.NotEmpty(highIncome.Items);
        Assert.All(highIncome.Items, c => Assert.Equal("High income", c.IncomeGroupName));
        Assert.Equal(all.Count(c => c.IncomeGroupName == "High income"), highIncome.TotalItems);
        Assert.Equal(all.Count(c => c.Region == "Africa"), african.TotalItems);
        Assert.Equal(3, african.Items.Count);
        Assert.Equal(["2026 self-assessment", "2023 self-assessment", "2021 review"], all.Single(c => c.Iso3 == "NZL").Rounds);
        await Assert.ThrowsAsync<AccessDeniedException>(() => reader.QueryAsync(ScopeOf(Roles.FocalPoint, "KEN"), new CountryListQuery(null), ct));
    }
}

public sealed class SqliteCountryProfileStoreTests(SeededStoreFixture seeded) : CountryProfileStoreTests(seeded), IClassFixture<SeededStoreFixture>
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlCountryProfileStoreTests(SeededStoreFixture seeded) : CountryProfileStoreTests(seeded), IClassFixture<SeededStoreFixture>
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
