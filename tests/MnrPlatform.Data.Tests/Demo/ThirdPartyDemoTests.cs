using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Data.Demo;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Tests.Demo;

/// <summary>
/// The demo data with a third party's plugin beside the six (loaded by the real loader from its own
/// folder): its review and phase questions are answered too, so its author sees indicators and
/// findings, and the six plugins' published counts are untouched.
/// </summary>
public abstract class ThirdPartyDemoTests
{
    private const string Review = "2021-review";
    private const string SelfAssessment = "2023-self-assessment";
    private const string InPlace = "thirdparty.enablers.review.in-place";
    private const string Funded = "thirdparty.enablers.review.funded";
    private const string Lead = "thirdparty.enablers.review.lead";
    private const string Phase = "thirdparty.enablers.maturity.phase";

    private static readonly string[] YesNo = [AnswerCodes.Yes, AnswerCodes.No];
    private static readonly string[] YesPartlyNo = [AnswerCodes.Yes, AnswerCodes.Partly, AnswerCodes.No];
    private static readonly string[] LeadOptions = ["government", "industry", "ngo"];

    private static readonly Lazy<FrameworkCatalog> SevenDomains = new(() =>
    {
        var loader = new PluginLoader(NullLogger<PluginLoader>.Instance);
        var plugins = loader.LoadAll(Path.Combine(AppContext.BaseDirectory, "plugins"), [])
            .Concat(loader.LoadAll(Path.Combine(AppContext.BaseDirectory, "third-party-plugins"), []))
            .ToList();
        Assert.All(plugins, p => Assert.True(p.IsActive, $"{p.Id}: {p.Reason}"));
        Assert.Equal(7, plugins.Count);
        return new FrameworkCatalog(plugins);
    });

    protected abstract Task<ITestStore> CreateStoreAsync();

    [Fact]
    public async Task The_review_answers_every_asked_country_on_the_third_partys_questions_and_only_where_a_condition_holds()
    {
        await using var store = await SeededStoreAsync();
        var respondents = await RespondentsAsync(store, Review);

        Assert.Equal(42, respondents.Count);
        Assert.All(respondents, r => Assert.Contains(Answer(r, InPlace), YesNo));
        var yes = respondents.Count(r => Answer(r, InPlace) == AnswerCodes.Yes);
        Assert.InRange(yes, 15, 36);

        // Answered exactly where the condition holds, with the kind's codes.
        Assert.All(respondents, r => Assert.Equal(Answer(r, InPlace) == AnswerCodes.Yes, Answer(r, Funded) is not null));
        Assert.All(respondents.Where(r => Answer(r, Funded) is not null), r => Assert.Contains(Answer(r, Funded), YesPartlyNo));

        // Asked of the government survey only: its 17 respondents answer with one of the options.
        var leads = respondents.Where(r => Answer(r, Lead) is not null).ToList();
        Assert.Equal(17, leads.Count);
        Assert.All(leads, r => Assert.Contains(Answer(r, Lead), LeadOptions));
    }

    [Fact]
    public async Task The_third_partys_indicator_and_phase_question_have_values_and_the_six_plugins_counts_hold()
    {
        await using var store = await SeededStoreAsync();
        var review = await RespondentsAsync(store, Review);
        var selfAssessment = await RespondentsAsync(store, SelfAssessment);

        var enablers = IndicatorEvaluator.Evaluate(SevenDomains.Value.Indicator("thirdparty.enablers.in-place")!.Item, review.Select(r => r.Answers));
        Assert.Equal(42, enablers.Denominator);
        Assert.Equal(review.Count(r => Answer(r, InPlace) == AnswerCodes.Yes), enablers.Numerator);

        Assert.Equal(42, selfAssessment.Count);
        Assert.All(selfAssessment, r => Assert.InRange(int.Parse(Answer(r, Phase)!, CultureInfo.InvariantCulture), 1, 4));

        var helpline = IndicatorEvaluator.Evaluate(Assert.Single(SevenDomains.Value.Indicators, i => i.Item.Name.English == "Child helpline").Item, review.Select(r => r.Answers));
        Assert.Equal((40, 42), (helpline.Numerator, helpline.Denominator));
    }

    [Fact]
    public void The_review_spec_lists_every_review_question_of_the_six_plugins_so_their_counts_come_from_it_alone()
    {
        using var spec = JsonDocument.Parse(File.ReadAllText(Repository.Path("samples", "data", "demo", "review-2021.json")));
        var listed = spec.RootElement.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        var instruments = spec.RootElement.GetProperty("respondents").EnumerateObject().Select(p => p.Name).ToList();

        var unlisted = DomainPlugins.Catalog.Questions.Select(q => q.Item)
            .Where(q => q.Kind != QuestionKind.Example && q.Instruments.Any(instruments.Contains) && !listed.Contains(q.Id))
            .Select(q => q.Id);

        Assert.Empty(unlisted);
    }

    private static string? Answer(Respondent respondent, string questionId) =>
        respondent.Answers.ValuesOf(questionId) is [var value] ? value : null;

    private async Task<ITestStore> SeededStoreAsync()
    {
        var store = await CreateStoreAsync();
        var cancellation = TestContext.Current.CancellationToken;
        await using var db = await store.OpenPreparedAsync(cancellation);
        var stored = await new DemoDataset(db, SevenDomains.Value, TimeProvider.System, NullLogger<DemoDataset>.Instance).SeedAsync(cancellation);
        Assert.Contains(Review, stored);
        return store;
    }

    private static async Task<IReadOnlyList<Respondent>> RespondentsAsync(ITestStore store, string round)
    {
        await using var db = store.Open();
        return await new RoundRespondentReader(db, SevenDomains.Value).ReadAsync(round, includeUnvalidated: false, TestContext.Current.CancellationToken);
    }
}

public sealed class SqliteThirdPartyDemoTests : ThirdPartyDemoTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlThirdPartyDemoTests : ThirdPartyDemoTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
