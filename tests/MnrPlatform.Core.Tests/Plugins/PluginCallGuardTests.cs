using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Plugins;

public sealed class PluginCallGuardTests
{
    private static CountryAnswers Country(string iso3, string answer, string questionId) =>
        new(iso3, new Dictionary<string, IReadOnlyList<string>> { [questionId] = [answer] });

    private static IReadOnlyList<CountryAnswers> Answers(string questionId) =>
    [
        Country("AAA", AnswerCodes.Yes, questionId),
        Country("BBB", AnswerCodes.Yes, questionId),
        Country("CCC", AnswerCodes.No, questionId),
        Country("DDD", AnswerCodes.DontKnow, questionId),
    ];

    [Fact]
    public void An_indicator_that_throws_fails_alone_and_is_logged_with_its_plugin_id()
    {
        var log = new LogRecorder();
        var catalog = new FrameworkCatalog(FixturePlugins.LoadAll());
        var guard = new PluginCallGuard(log.For<PluginCallGuard>(), TimeProvider.System);

        var results = catalog.Indicators.ToDictionary(
            i => i.Item.Id,
            i => guard.Run(i.PluginId, $"computing indicator {i.Item.Id}", () => IndicatorEvaluator.Evaluate(i.Item, Answers(i.Item.Numerator.QuestionIds.First()))));

        var failed = results["fixture-throwing-indicator.in-place.share"];
        Assert.False(failed.Succeeded);
        Assert.Equal("InvalidOperationException: The fixture indicator cannot compute.", failed.Fault!.Message);
        Assert.Equal(failed.Fault, Assert.Single(guard.RecentFaults("fixture.throwing-indicator")));
        var logged = Assert.Single(log.Entries, e => e.Exception is not null);
        Assert.Equal("fixture.throwing-indicator", logged.Properties["PluginId"]);
        Assert.Contains("computing indicator fixture-throwing-indicator.in-place.share", logged.Message, StringComparison.Ordinal);

        var good = results["fixture-good.in-place.share"];
        Assert.True(good.Succeeded);
        Assert.Equal(new IndicatorValue(2, 3, 200m / 3), good.Value);
        Assert.Equal("67", good.Value!.Display);
        Assert.All(results.Where(r => r.Key != "fixture-throwing-indicator.in-place.share"), r => Assert.True(r.Value.Succeeded));
    }

    [Fact]
    public void Recent_faults_keep_the_latest_ten_newest_first()
    {
        var guard = new PluginCallGuard(new LogRecorder().For<PluginCallGuard>(), TimeProvider.System);

        for (var i = 0; i < 12; i++)
        {
            guard.Run<int>("p", $"call {i}", () => throw new InvalidOperationException());
        }

        Assert.Equal(Enumerable.Range(2, 10).Reverse().Select(i => $"call {i}"), guard.RecentFaults("p").Select(f => f.Operation));
        Assert.Empty(guard.RecentFaults("other"));
    }
}
