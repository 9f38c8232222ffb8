using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Components.Pages.Secretariat.Components;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>The dashboard's cards: each count links to where it is handled, with the filter that finds it; no country is named.</summary>
public sealed class SecretariatDashboardCardsTests : MudComponentTest
{
    // The cards take their words from the secretariat's resource file (English: the tests run in the invariant culture).

    private static InstrumentProgress Instrument(string code, params int[] counts) =>
        new(code, code + " name", [.. Enum.GetValues<SubmissionStatus>().Zip(counts, (s, c) => new StatusCount(s, c))]);

    private static readonly SecretariatWorkload Workload = new(
        [
            new OpenRoundProgress("2026-open", "2026 self-assessment", 2026, [Instrument("maturity", 3, 2, 1, 1, 4), Instrument("capability", 0, 0, 0, 0, 0)]),
            new OpenRoundProgress("2025-late", "2025 late round", 2025, [Instrument("maturity", 1, 0, 2, 0, 0)]),
        ],
        ExchangesAwaitingConsent: 2,
        ReadAt: DateTimeOffset.UnixEpoch);

    private IRenderedComponent<AttentionCards> RenderCards(PluginHealth plugins, bool mayManagePlugins) =>
        Render<AttentionCards>(p => p
            .Add(c => c.Workload, Workload)
            .Add(c => c.Plugins, plugins)
            .Add(c => c.MayManagePlugins, mayManagePlugins));

    [Fact]
    public void Each_count_is_summed_over_open_rounds_and_links_to_its_filtered_list()
    {
        var cards = RenderCards(new PluginHealth(1, 2), mayManagePlugins: true);

        Assert.Equal("3", cards.Find("[data-testid=attention-queries]").GetAttribute("data-count"));
        Assert.Equal("3", cards.Find("[data-testid=attention-validation]").GetAttribute("data-count"));
        Assert.Equal("2", cards.Find("[data-testid=attention-exchanges]").GetAttribute("data-count"));
        Assert.Equal("3", cards.Find("[data-testid=attention-plugins]").GetAttribute("data-count"));
        Assert.Equal(
            ["surveys/2026-open?status=queried", "surveys/2025-late?status=queried"],
            cards.FindAll("[data-testid=attention-queries] a").Select(a => a.GetAttribute("href")));
        Assert.Equal(
            ["surveys/2026-open?status=submitted", "surveys/2026-open?status=resubmitted"],
            cards.FindAll("[data-testid=attention-validation] a").Select(a => a.GetAttribute("href")));
        Assert.Equal("peer-learning#exchanges", cards.Find("[data-testid=attention-exchanges] a").GetAttribute("href"));
        Assert.Equal("plugins", cards.Find("[data-testid=attention-plugins] a").GetAttribute("href"));
    }

    [Fact]
    public void An_analyst_is_told_who_handles_plugin_faults_instead_of_a_link_they_may_not_follow()
    {
        var cards = RenderCards(new PluginHealth(1, 0), mayManagePlugins: false);

        Assert.Empty(cards.FindAll("[data-testid=attention-plugins] a"));
        Assert.Contains("An administrator handles them", cards.Find("[data-testid=attention-plugins]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_waiting_reads_as_calm_text()
    {
        var empty = new SecretariatWorkload([], 0, DateTimeOffset.UnixEpoch);
        var cards = Render<AttentionCards>(p => p.Add(c => c.Workload, empty).Add(c => c.Plugins, new PluginHealth(0, 0)));

        Assert.Contains("No country owes the secretariat an answer.", cards.Find("[data-testid=attention-queries]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Every submission sent is validated or queried.", cards.Find("[data-testid=attention-validation]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_round_card_shows_each_instrument_by_status_with_links_for_the_statuses_it_has()
    {
        var card = Render<RoundProgressCard>(p => p.Add(c => c.Round, Workload.OpenRounds[0]));

        var maturity = card.Find("[data-instrument=maturity]");
        Assert.Equal("4 of 11 validated", maturity.QuerySelector("[data-testid=validated-share]")!.TextContent.Trim());
        Assert.Equal(5, maturity.QuerySelectorAll(".segment").Length);
        Assert.Equal("width: 27.27%", maturity.QuerySelector(".segment.draft")!.GetAttribute("style"));
        Assert.Equal(
            "surveys/2026-open?status=queried&instrument=maturity",
            maturity.QuerySelector("a[data-status=queried]")!.GetAttribute("href"));
        var capability = card.Find("[data-instrument=capability]");
        Assert.Equal("no submissions yet", capability.QuerySelector("[data-testid=validated-share]")!.TextContent.Trim());
        Assert.Empty(capability.QuerySelectorAll("a"));
        Assert.Empty(capability.QuerySelectorAll(".segment"));
    }
}
