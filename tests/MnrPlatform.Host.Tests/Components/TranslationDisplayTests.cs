using System.Globalization;
using Bunit;
using MnrPlatform.Host.Components.Common;
using MnrPlatform.Host.Components.Plugins;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Translations;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>How the host shows a plugin's translations: coverage chips, and an English fallback marked, never blank.</summary>
public sealed class TranslationDisplayTests : MudComponentTest
{
    private static readonly LocalizedText Helpline = new LocalizedText("Child helpline").With("fr", "Ligne d'assistance pour enfants");

    [Fact]
    public void A_translated_text_shows_in_the_culture_without_a_mark()
    {
        var view = Render<LocalizedTextView>(p => p.Add(v => v.Text, Helpline).Add(v => v.Culture, CultureInfo.GetCultureInfo("fr-FR")));

        Assert.Equal("Ligne d'assistance pour enfants", view.Markup.Trim());
        Assert.Empty(view.FindAll("[data-untranslated]"));
    }

    [Fact]
    public void A_missing_translation_shows_the_English_text_marked_as_English()
    {
        var view = Render<LocalizedTextView>(p => p.Add(v => v.Text, Helpline).Add(v => v.Culture, CultureInfo.GetCultureInfo("ar")));

        var marked = view.Find("[data-untranslated]");
        Assert.Equal("en", marked.GetAttribute("lang"));
        Assert.StartsWith("Child helpline", marked.TextContent, StringComparison.Ordinal);
        Assert.Equal("EN", marked.QuerySelector(".untranslated-tag")!.TextContent);
    }

    [Fact]
    public void English_asked_for_is_not_a_fallback()
    {
        var view = Render<LocalizedTextView>(p => p.Add(v => v.Text, Helpline).Add(v => v.Culture, CultureInfo.GetCultureInfo("en-GB")));

        Assert.Equal("Child helpline", view.Markup.Trim());
    }

    [Fact]
    public void Coverage_chips_show_each_platform_culture_with_its_share()
    {
        var inner = new DomainBuilder();
        var french = TranslationCatalog.Parse("""{ "Victim": "Victimes", "Support for children.": "Soutien aux enfants." }""", "fr", "fr.json");
        var spanish = TranslationCatalog.Parse("""{ "Victim": "Víctimas" }""", "es", "es.json");
        inner.WithTranslations([french, spanish]).Domain(new DomainInfo("victim", "Victim", "Support for children.", 3));
        var content = inner.Build();

        var chips = Render<TranslationCoverageChips>(p => p.Add(c => c.Content, content)).FindAll(".coverage-chip");

        Assert.Equal(["fr", "es", "ar"], chips.Select(c => c.GetAttribute("data-culture")));
        Assert.Equal(["100", "50", "0"], chips.Select(c => c.GetAttribute("data-percent")));
        Assert.Contains("complete", chips[0].ClassList);
        Assert.Contains("partial", chips[1].ClassList);
        Assert.Contains("the other 1 show in English", chips[1].GetAttribute("title"), StringComparison.Ordinal);
    }
}
