using System.Globalization;
using System.Text.RegularExpressions;

namespace MnrPlatform.Cli.Tests;

[Collection(DemoStoreGroup.Name)]
public sealed partial class SuggestCommandTests(DemoStore store)
{
    private const string Kenya = "KEN";

    [Fact]
    public async Task Partners_for_kenya_on_its_weakest_capability_are_each_at_least_one_phase_ahead_with_an_explanation()
    {
        var phases = await store.PhasesAsync();
        var (capability, own) = phases[Kenya].OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First();
        Assert.True(own < 4, "KEN should have a capability below phase 4 in the demo data");

        var (exit, output, error) = await store.RunAsync("suggest", "--round", DemoStore.SelfAssessment, "--country", Kenya, "--capability", capability);

        Assert.True(exit == 0, error);
        Assert.StartsWith("FOR THE SECRETARIAT ONLY", output, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"({capability}), where KEN is at phase {own}:"), output, StringComparison.Ordinal);
        var suggestions = SuggestionLine().Matches(output);
        Assert.InRange(suggestions.Count, 3, 5);
        Assert.Equal(Enumerable.Range(1, suggestions.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)), suggestions.Select(s => s.Groups[1].Value));
        foreach (Match suggestion in suggestions)
        {
            var partner = suggestion.Groups[2].Value;
            Assert.NotEqual(Kenya, partner);
            Assert.True(phases[partner][capability] >= own + 1, $"{partner} is at phase {phases[partner][capability]} on {capability}, KEN at {own}");
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"at phase {phases[partner][capability]} where you are at {own}"), suggestion.Groups[4].Value, StringComparison.Ordinal);
            Assert.Contains("similar on ", suggestion.Groups[4].Value, StringComparison.Ordinal);
        }

        var scores = suggestions.Select(s => double.Parse(s.Groups[3].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        var ahead = phases.Count(p => p.Key != Kenya && p.Value[capability] >= own + 1);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{ahead} countries are at least one phase ahead"), output, StringComparison.Ordinal);
        Assert.Contains("KEN is in", output, StringComparison.Ordinal);
        Assert.Contains("only when every country involved has consented", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Top_sets_how_many_partners_are_listed_and_may_not_go_below_three()
    {
        var capability = (await store.PhasesAsync())[Kenya].MinBy(p => p.Value).Key;

        var three = await store.RunAsync("suggest", "--round", DemoStore.SelfAssessment, "--country", "ken", "--capability", capability, "--top", "3");
        var two = await store.RunAsync("suggest", "--round", DemoStore.SelfAssessment, "--country", Kenya, "--capability", capability, "--top", "2");

        Assert.Equal(0, three.Exit);
        Assert.Equal(3, SuggestionLine().Count(three.Output));
        Assert.Equal(2, two.Exit);
        Assert.Contains("--top must be at least 3", two.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_country_at_the_top_of_the_capability_is_not_weak_and_gets_its_gaps_listed()
    {
        var (capability, _) = (await store.PhasesAsync())[Kenya].First(p => p.Value == 4);

        var (exit, output, error) = await store.RunAsync("suggest", "--round", DemoStore.SelfAssessment, "--country", Kenya, "--capability", capability);

        Assert.Equal(1, exit);
        Assert.Contains($"KEN is not weak on", error, StringComparison.Ordinal);
        Assert.Contains("it is at phase 4, the top of the scale", error, StringComparison.Ordinal);
        Assert.Contains("Capabilities where it is below the top:", error, StringComparison.Ordinal);
        Assert.Empty(SuggestionLine().Matches(output));
    }

    [Fact]
    public async Task An_unknown_capability_is_an_error_listing_the_codes()
    {
        var (exit, _, error) = await store.RunAsync("suggest", "--round", DemoStore.SelfAssessment, "--country", Kenya, "--capability", "helpline");

        Assert.Equal(2, exit);
        Assert.Contains("there is no capability 'helpline'. Capability codes: leadership, research-monitoring,", error, StringComparison.Ordinal);
        Assert.Contains("child-helpline", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_country_not_in_the_round_is_an_error()
    {
        var (exit, output, error) = await store.RunAsync("suggest", "--round", DemoStore.SelfAssessment, "--country", "FRA", "--capability", "child-helpline");

        Assert.Equal(2, exit);
        Assert.Contains("FRA is not among the 42 countries with validated submissions in round 2023-self-assessment", error, StringComparison.Ordinal);
        Assert.Empty(SuggestionLine().Matches(output));
    }

    [Fact]
    public async Task An_unknown_round_is_an_error()
    {
        var (exit, _, error) = await store.RunAsync("suggest", "--round", "2024", "--country", Kenya, "--capability", "child-helpline");

        Assert.Equal(2, exit);
        Assert.Contains("there is no survey round '2024'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_capability_the_round_holds_no_answer_for_gets_no_suggestions()
    {
        var (exit, _, error) = await store.RunAsync("suggest", "--round", DemoStore.Review, "--country", Kenya, "--capability", "legislation");

        Assert.Equal(1, exit);
        Assert.Contains("KEN has no answer on Legislation in round 2021-review", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^  (\d+)\. ([A-Z]{3})  score (\d\.\d{3})  (.+)$", RegexOptions.Multiline)]
    private static partial Regex SuggestionLine();
}
