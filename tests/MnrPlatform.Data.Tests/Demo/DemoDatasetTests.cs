using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Demo;
using MnrPlatform.Data.Entities;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Tests.Demo;

/// <summary>
/// The demo dataset, stored and read back, evaluated by the platform's own indicator evaluator over
/// the plugins' indicators: it must reproduce the review's Figure 1 row by row and the other counts
/// the review published (DOMAIN.md). The expected numbers below are typed from the review, not
/// taken from the product.
/// </summary>
public abstract class DemoDatasetTests(SeededStoreFixture seeded)
{
    private const string Review = "2021-review";
    private const string SelfAssessment = "2023-self-assessment";

    public static TheoryData<string, int, int, string> Figure1 => new()
    {
        { "Law enforcement capability", 42, 42, "100" },
        { "Child helpline", 40, 42, "95" },
        { "Hotline", 38, 42, "90" },
        { "Judiciary and prosecutors", 36, 41, "88" },
        { "Child protection workforce", 34, 41, "83" },
        { "Research, monitoring and analysis", 35, 42, "83" },
        { "Remedies and reparations", 34, 42, "81" },
        { "Leadership", 32, 42, "76" },
        { "National education programme", 32, 42, "76" },
        { "Procedures to enable removal or blocking of child sexual abuse content", 30, 41, "73" },
        { "Offender management process", 30, 42, "71" },
        { "Child participation", 29, 41, "71" },
        { "Access to image database", 29, 42, "69" },
        { "End-to-end support", 29, 42, "69" },
        { "Proactive industry engagement by government", 25, 41, "61" },
        { "Offender support systems", 24, 41, "59" },
        { "Government support to ethical, informed and balanced media reporting", 23, 42, "55" },
        { "Debate, discussion or adoption of universally agreed terminology", 21, 42, "50" },
    };

    public static TheoryData<string, int, int> PublishedCounts => new()
    {
        { "policy.leadership.national-strategy", 27, 42 },
        { "policy.leadership.mnr-reference", 35, 39 },
        { "criminal-justice.image-databases.national-database", 14, 42 },
        { "policy.legislation.laws-inadequate", 22, 25 },
    };

    protected abstract Task<ITestStore> CreateStoreAsync();

    [Theory]
    [MemberData(nameof(Figure1))]
    public async Task Each_figure_1_row_is_reproduced_from_the_stored_answers(string label, int n, int total, string percent)
    {
        var store = await SeededStoreAsync();
        var respondents = await DemoStore.RespondentsAsync(store, Review);

        var indicator = Assert.Single(DomainPlugins.Catalog.Indicators, i => i.Item.Name.English == label).Item;
        var value = IndicatorEvaluator.Evaluate(indicator, respondents.Select(r => r.Answers));

        Assert.Equal((n, total, percent), (value.Numerator, value.Denominator, value.Display));
    }

    [Theory]
    [MemberData(nameof(PublishedCounts))]
    public async Task The_other_published_counts_hold(string indicatorId, int n, int total)
    {
        var store = await SeededStoreAsync();

        var value = Overall(indicatorId, await DemoStore.RespondentsAsync(store, Review));

        Assert.Equal((n, total), (value.Numerator, value.Denominator));
    }

    [Fact]
    public async Task The_published_statements_by_income_group_hold()
    {
        var store = await SeededStoreAsync();
        var respondents = await DemoStore.RespondentsAsync(store, Review);

        // All 15 high-income countries criminalise online CSEA and knowing possession; 8 of them require ISPs to report.
        Assert.Equal((15, 15), High("policy.legislation.criminalises-online-csea", respondents));
        Assert.Equal((15, 15), High("policy.legislation.criminalises-knowing-possession", respondents));
        Assert.Equal((8, 15), High("policy.legislation.isp-reporting-duty", respondents));
        // 22 of 25 low- and middle-income countries see their laws as inadequate.
        Assert.Equal((22, 25), LowMiddle("policy.legislation.laws-inadequate", respondents));
        // 13 not connected to ICSE, 12 of them low- or middle-income.
        var icse = Overall("criminal-justice.image-databases.icse-connected", respondents);
        Assert.Equal(13, icse.Denominator - icse.Numerator);
        var (icseYes, icseAnswered) = LowMiddle("criminal-justice.image-databases.icse-connected", respondents);
        Assert.Equal(12, icseAnswered - icseYes);
        // All 12 without offender management and all 17 without offender support systems are low- or middle-income.
        AssertAllWithoutAreLowOrMiddleIncome("criminal-justice.offender-management.in-place", 12, respondents);
        AssertAllWithoutAreLowOrMiddleIncome("societal.offender-support.in-place", 17, respondents);
    }

    [Fact]
    public async Task The_42_review_countries_answered_the_instruments_the_review_describes()
    {
        var store = await SeededStoreAsync();
        var respondents = await DemoStore.RespondentsAsync(store, Review);

        Assert.Equal(42, respondents.Count);
        Assert.Equal(15, respondents.Count(r => r.IncomeGroup == IncomeGroup.High));
        var government = respondents.Where(r => r.Instruments.SequenceEqual(["government-survey"])).ToList();
        var unicef = respondents.Where(r => r.Instruments.SequenceEqual(["unicef-country-office-survey"])).ToList();
        Assert.Equal(17, government.Count);
        Assert.Equal(15, government.Count(r => r.IncomeGroup == IncomeGroup.High));
        Assert.Equal(25, unicef.Count);
        Assert.DoesNotContain(unicef, r => r.IncomeGroup is IncomeGroup.High or null);
    }

    [Fact]
    public async Task Leadership_and_multi_stakeholder_governance_are_the_same_countries()
    {
        var store = await SeededStoreAsync();
        var respondents = await DemoStore.RespondentsAsync(store, Review);

        Assert.All(respondents, r => Assert.Equal(
            r.Answers.ValuesOf("policy.leadership.review.in-place"),
            r.Answers.ValuesOf("policy.leadership.review.multi-stakeholder-governance")));
    }

    [Fact]
    public async Task Every_country_self_assessed_every_capability_consistently_with_its_review_answers()
    {
        var store = await SeededStoreAsync();
        var review = (await DemoStore.RespondentsAsync(store, Review)).ToDictionary(r => r.CountryIso3);
        var selfAssessment = await DemoStore.RespondentsAsync(store, SelfAssessment);
        var phaseQuestions = DomainPlugins.Catalog.Questions.Select(q => q.Item)
            .Where(q => q.Kind == QuestionKind.MaturityPhase && q.ShownWhen is null).ToList();

        Assert.Equal(21, phaseQuestions.Count);
        Assert.Equal(review.Keys.Order(), selfAssessment.Select(r => r.CountryIso3).Order());
        var phases = new List<int>();
        foreach (var country in selfAssessment)
        {
            foreach (var question in phaseQuestions)
            {
                var phase = int.Parse(Assert.Single(country.Answers.ValuesOf(question.Id)), System.Globalization.CultureInfo.InvariantCulture);
                Assert.InRange(phase, 1, 4);
                phases.Add(phase);
                var inPlace = DomainPlugins.Catalog.InPlaceQuestion(question.CapabilityCode)?.Id;
                if (inPlace is not null && review[country.CountryIso3].Answers.ValuesOf(inPlace) is [AnswerCodes.No])
                {
                    Assert.True(phase <= 2, $"{country.CountryIso3} lacked {inPlace} in the review but self-assessed phase {phase}");
                }
            }
        }

        Assert.Equal([1, 2, 3, 4], phases.Distinct().Order());
    }

    [Fact]
    public async Task Countries_of_the_same_income_group_have_different_strengths()
    {
        var store = await SeededStoreAsync();
        var selfAssessment = await DemoStore.RespondentsAsync(store, SelfAssessment);
        var domains = DomainPlugins.Catalog.Questions
            .Where(q => q.Item.Kind == QuestionKind.MaturityPhase && q.Item.ShownWhen is null)
            .GroupBy(q => q.DomainCode, q => q.Item.Id)
            .ToList();

        foreach (var group in selfAssessment.GroupBy(r => r.IncomeGroup).Where(g => g.Count() >= 8))
        {
            var strongest = group.Select(country => domains
                .OrderByDescending(d => d.Average(id => int.Parse(country.Answers.ValuesOf(id)[0], System.Globalization.CultureInfo.InvariantCulture)))
                .First().Key).Distinct().Count();
            Assert.True(strongest >= 3, $"{group.Key}: the countries' strongest domains take only {strongest} values");
        }
    }

    [Fact]
    public async Task Demo_rounds_carry_the_synthetic_data_label_and_the_published_ones_are_validated()
    {
        var store = await SeededStoreAsync();
        await using var db = store.Open();

        var rounds = await db.SurveyRounds.Include(r => r.Submissions).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal([Review, SelfAssessment, "2026-self-assessment"], rounds.Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.All(rounds, r => Assert.Equal(DemoDataset.Label, r.SyntheticDataLabel));
        var published = rounds.Where(r => r.Status == RoundStatus.Published).ToList();
        Assert.Equal([Review, SelfAssessment], published.Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.All(published.SelectMany(r => r.Submissions), s => Assert.Equal(SubmissionStatus.Validated, s.Status));
        Assert.Equal("synthetic demo data — not the real status of any country", DemoDataset.Label);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_answers_and_a_store_with_rounds_is_never_seeded_again()
    {
        var first = await SeededStoreAsync();
        await using var second = await CreateStoreAsync();
        await DemoStore.SeedAsync(second);

        Assert.Equal(await AllAnswersAsync(first), await AllAnswersAsync(second));

        await using var db = first.Open();
        var before = await db.Answers.CountAsync(TestContext.Current.CancellationToken);
        Assert.Empty(await DemoStore.Dataset(db).SeedAsync(TestContext.Current.CancellationToken));
        Assert.Equal(before, await db.Answers.CountAsync(TestContext.Current.CancellationToken));
    }

    private Task<ITestStore> SeededStoreAsync() => seeded.GetAsync(CreateStoreAsync);

    private static async Task<List<string>> AllAnswersAsync(ITestStore store)
    {
        await using var db = store.Open();
        return await db.Answers
            .Join(db.Submissions, a => a.SubmissionId, s => s.Id, (a, s) => s.CountryIso3 + " " + s.InstrumentCode + " " + a.QuestionId + " = " + a.Value)
            .OrderBy(x => x)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    private static IndicatorValue Overall(string indicatorId, IReadOnlyList<Respondent> respondents) =>
        IndicatorEvaluator.Evaluate(Indicator(indicatorId), respondents.Select(r => r.Answers));

    private static (int N, int Total) High(string indicatorId, IReadOnlyList<Respondent> respondents) => Band(indicatorId, respondents, BreakdownGroups.HighIncome);

    private static (int N, int Total) LowMiddle(string indicatorId, IReadOnlyList<Respondent> respondents) => Band(indicatorId, respondents, BreakdownGroups.LowAndMiddleIncome);

    private static (int N, int Total) Band(string indicatorId, IReadOnlyList<Respondent> respondents, string band)
    {
        var value = Assert.Single(IndicatorEvaluator.EvaluateBy(Indicator(indicatorId), respondents, Breakdown.IncomeBand), g => g.Code == band).Value;
        return (value.Numerator, value.Denominator);
    }

    private static void AssertAllWithoutAreLowOrMiddleIncome(string indicatorId, int without, IReadOnlyList<Respondent> respondents)
    {
        var overall = Overall(indicatorId, respondents);
        var (highYes, highAnswered) = High(indicatorId, respondents);
        var (lowMiddleYes, lowMiddleAnswered) = LowMiddle(indicatorId, respondents);

        Assert.Equal(without, overall.Denominator - overall.Numerator);
        Assert.Equal(highAnswered, highYes);
        Assert.Equal(without, lowMiddleAnswered - lowMiddleYes);
    }

    private static IndicatorInfo Indicator(string id) =>
        DomainPlugins.Catalog.Indicator(id)?.Item ?? throw new Xunit.Sdk.XunitException($"No plugin supplies indicator {id}.");
}

public sealed class SqliteDemoDatasetTests(SeededStoreFixture seeded) : DemoDatasetTests(seeded), IClassFixture<SeededStoreFixture>
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlDemoDatasetTests(SeededStoreFixture seeded) : DemoDatasetTests(seeded), IClassFixture<SeededStoreFixture>
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
