using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using static MnrPlatform.Data.Tests.Practice.PracticeKit;

namespace MnrPlatform.Data.Tests.Practice;

/// <summary>
/// The worklist's status column and the anonymise panel: the secretariat and the example's country
/// read where it stands (status, the consent that stands or was withdrawn, the anonymised version
/// published); no one else does.
/// </summary>
public abstract class ExampleProgressTests : PracticeStoreTests
{
    [Fact]
    public async Task The_worklist_follows_an_example_from_draft_through_consent_and_withdrawal()
    {
        var examples = Examples(Db);
        var draft = await examples.CreateAsync(Moldova, "MDA", Draft("A draft"), Cancellation);
        var id = await ApprovedAsync(examples, ExampleVisibility.Members, Cancellation);
        var drafted = Progress(await WorklistAsync(Moldova), draft);
        Assert.Equal((PracticeExampleStatus.Draft, null), (drafted.Status, drafted.Consent));
        var awaiting = Progress(await WorklistAsync(Moldova), id);
        Assert.Equal((PracticeExampleStatus.Approved, 1, null, null), (awaiting.Status, awaiting.Version, awaiting.Consent, awaiting.ConsentWithdrawnAt));

        await examples.ConsentAsync(Moldova, id, 1, ExampleVisibility.Members, Cancellation);
        var consented = Progress(await WorklistAsync(Analyst), id).Consent;
        Assert.NotNull(consented);
        Assert.Equal((ExampleVisibility.Members, Moldova.Actor.Name), (consented.Visibility, consented.GivenBy));

        await examples.WithdrawConsentAsync(Moldova, id, Cancellation);
        var withdrawn = Progress(await WorklistAsync(Moldova), id);
        Assert.Null(withdrawn.Consent);
        Assert.NotNull(withdrawn.ConsentWithdrawnAt);
    }

    [Fact]
    public async Task The_published_anonymised_version_is_shown_to_the_secretariat_and_the_country_only()
    {
        await InviteAsync(Db, ["MDA", "UKR", "POL", "SWE", "DEU", "FRA"], Cancellation);
        var examples = Examples(Db);
        var id = await ApprovedAsync(examples, ExampleVisibility.Public, Cancellation);
        Assert.Null((await Library(Fresh()).GetAsync(Analyst, id, Cancellation))!.Anonymised);

        await examples.AnonymiseAsync(Analyst, id, AnonymityLevel.Region, ExampleVisibility.Members, Cancellation);

        var expected = new ExampleAnonymisedVersion(AnonymityLevel.Region, ExampleVisibility.Members, "A country in Europe");
        Assert.Equal(expected, (await Library(Fresh()).GetAsync(Analyst, id, Cancellation))!.Anonymised);
        Assert.Equal(expected, (await Library(Fresh()).GetAsync(Moldova, id, Cancellation))!.Anonymised);
        Assert.Equal(expected, Progress(await WorklistAsync(Moldova), id).Anonymised);
        var viewer = await Library(Fresh()).GetAsync(Viewer, id, Cancellation);
        Assert.NotNull(viewer);
        Assert.Equal(ExampleShown.Anonymised, viewer.Summary.Shown);
        Assert.Null(viewer.Anonymised);
        Assert.Null(viewer.Summary.Progress);
        Assert.All(await Library(Fresh()).SearchAsync(Viewer, new ExampleQuery(), Cancellation), s => Assert.Null(s.Progress));
    }

    private async Task<IReadOnlyList<ExampleSummary>> WorklistAsync(Core.Access.AccessScope scope) => await Library(Fresh()).WorklistAsync(scope, Cancellation);

    private static ExampleProgress Progress(IReadOnlyList<ExampleSummary> list, int id) =>
        Assert.Single(list, s => s.Id == id).Progress ?? throw new InvalidOperationException($"Example {id} has no progress.");
}

public sealed class SqliteExampleProgressTests : ExampleProgressTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlExampleProgressTests : ExampleProgressTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
