using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Catalog;

/// <summary>
/// The host merges the plugins' instrument declarations (SDK 1.2) and warns, on the plugin, about
/// a question naming an instrument no plugin declares.
/// </summary>
public sealed class InstrumentDeclarationsTests
{
    private static readonly InstrumentInfo Survey = new("government-survey", "Government survey", "Government focal point");

    [Fact]
    public void The_catalog_merges_declarations_by_code_keeping_the_first_texts_and_every_declaring_plugin()
    {
        var catalog = new FrameworkCatalog(
        [
            Plugin("b", 2, ["government-survey"], Survey with { Name = "Later name" }),
            Plugin("a", 1, ["government-survey"], Survey, new InstrumentInfo("maturity", "Maturity", "National focal point")),
        ]);

        Assert.Equal(["government-survey", "maturity"], catalog.Instruments.Select(i => i.Code));
        Assert.Equal("Government survey", catalog.Instruments[0].Info.Name.English);
        Assert.Equal(["plugin.a", "plugin.b"], catalog.Instruments[0].DeclaredBy);
        Assert.Equal(["plugin.a"], catalog.Instruments[1].DeclaredBy);
    }

    [Fact]
    public void A_question_naming_an_instrument_no_plugin_declares_warns_its_plugin_and_only_its_plugin()
    {
        var checkedPlugins = UndeclaredInstruments.Warn(
        [
            Plugin("a", 1, ["government-survey"], Survey),
            Plugin("b", 2, ["government-survey", "goverment-survey"]),
        ]);

        Assert.Empty(checkedPlugins[0].Warnings);
        var warning = Assert.Single(checkedPlugins[1].Warnings);
        Assert.Contains("'b.c.q2'", warning, StringComparison.Ordinal);
        Assert.Contains("instrument 'goverment-survey', which no plugin declares", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declaration_by_an_inactive_plugin_does_not_count()
    {
        var inactive = Plugin("a", 1, ["government-survey"], Survey) with { Status = PluginStatus.Disabled };

        var checkedPlugins = UndeclaredInstruments.Warn([inactive, Plugin("b", 2, ["government-survey"])]);

        Assert.Contains("'government-survey', which no plugin declares", Assert.Single(checkedPlugins[1].Warnings), StringComparison.Ordinal);
        Assert.Empty(checkedPlugins[0].Warnings);
    }

    // A plugin whose question n names the n-th instrument code given.
    private static InstalledPlugin Plugin(string domain, int order, string[] questionInstruments, params InstrumentInfo[] declared) => new(
        $"plugins/plugin.{domain}",
        null,
        PluginStatus.Active,
        "",
        [],
        new DomainContent(
            new DomainInfo(domain, domain, domain, order),
            [new CapabilityInfo($"{domain}.c", 0, "c", "c", "c", new MaturityDescriptors("1", "2", "3", "4"))],
            [.. questionInstruments.Select((code, i) => new QuestionInfo { Id = $"{domain}.c.q{i + 1}", CapabilityCode = $"{domain}.c", Text = "q", Kind = QuestionKind.YesNo, Instruments = [code] })],
            [],
            [])
        {
            Instruments = declared,
        },
        [],
        TimeSpan.Zero);
}
