using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Tests.Indicators;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Core.Reference;
using MnrPlatform.Core.Visualizations;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Visualizations;

public sealed class VisualizationInputsTests
{
    private static readonly Owned<IndicatorInfo> InPlace = new("plugin", "domain", RandomRounds.Make("d.q0.in-place", CountryRule.Answering("q0", AnswerCodes.Yes), CountryRule.Answered("q0")) with { Breakdowns = Breakdowns.IncomeGroup | Breakdowns.Region });

    // Ten countries in Europe and two (a small cell) in Oceania; high and low income.
    private static readonly Respondent[] Countries =
    [
        .. Enumerable.Range(0, 10).Select(i => Country($"EU{i}", i % 3 == 0 ? AnswerCodes.No : AnswerCodes.Yes, i % 2 == 0 ? IncomeGroup.High : IncomeGroup.Low, "Europe")),
        Country("NZL", AnswerCodes.Yes, IncomeGroup.High, "Oceania"),
        Country("FJI", AnswerCodes.No, IncomeGroup.UpperMiddle, "Oceania"),
    ];

    private static Respondent Country(string iso3, string answer, IncomeGroup income, string region) => new(
        new CountryAnswers(iso3, new Dictionary<string, IReadOnlyList<string>> { ["q0"] = [answer] }), ["gov"], income, region);

    private static async Task<IReadOnlyList<ShownResult>> ShownAsync(DisclosureRule rule)
    {
        var engine = new IndicatorEngine(new FrameworkCatalog([]), new PluginCallGuard(NullLogger<PluginCallGuard>.Instance, TimeProvider.System));
        var service = new IndicatorResultService(engine, new IndicatorResultCache(), (_, _, _) => Task.FromResult<IReadOnlyList<Respondent>>(Countries));
        return await service.GetShownAsync(rule, new RoundRequest("2024", "v1"), [InPlace], [Breakdown.All, Breakdown.IncomeGroup, Breakdown.Region], TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_viewers_input_holds_no_suppressed_number_and_no_country()
    {
        var shown = await ShownAsync(DisclosureRule.SmallCells(3));

        var input = VisualizationInputs.From([InPlace], shown, CultureInfo.GetCultureInfo("en"), "2024 review", s => $"hidden: {s}");

        var indicator = Assert.Single(input.Indicators);
        var oceania = indicator.By("region")!.Groups.Single(g => g.Code == "Oceania");
        Assert.True(oceania.IsHidden);
        Assert.Equal("hidden: Primary", oceania.Hidden);
        Assert.Equal((null, null, null), (oceania.Numerator, oceania.Denominator, oceania.Value));
        var suppressed = shown.SelectMany(r => r.Groups.Where(g => g.Suppression != Suppression.None).Select(g => (r.Breakdown, g.Code))).ToList();
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, s => Assert.True(indicator.By(BreakdownNames.Name(s.Breakdown))!.Groups.Single(g => g.Code == s.Code) is { IsHidden: true, Numerator: null, Denominator: null, Value: null }));
        var json = JsonSerializer.Serialize(new { input.RoundName, input.Indicators });
        Assert.All(Countries, c => Assert.DoesNotContain(c.CountryIso3, json, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_secretariats_input_shows_every_group_with_n_and_N()
    {
        var shown = await ShownAsync(DisclosureRule.Unrestricted);

        var input = VisualizationInputs.From([InPlace], shown, CultureInfo.GetCultureInfo("en"), "2024 review", s => s.ToString());

        var indicator = Assert.Single(input.Indicators);
        Assert.Equal(["all", "income-group", "region"], indicator.Breakdowns.Select(b => b.Name));
        Assert.Equal((7, 12), (indicator.Overall!.Numerator, indicator.Overall.Denominator));
        Assert.Equal((1, 2), indicator.By("region")!.Groups.Single(g => g.Code == "Oceania") is var o ? (o.Numerator, o.Denominator) : default);
        Assert.All(indicator.Breakdowns.SelectMany(b => b.Groups), g => Assert.False(g.IsHidden));
    }
}
