using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Data.Practice;
using MnrPlatform.Host.Components.Practice;
using MnrPlatform.Host.Resources;
using Microsoft.Extensions.Localization;

namespace MnrPlatform.Host.Tests.Components.Practice;

/// <summary>The library's components: an example's text, the editor's refusals beside their fields, the filters kept in the form.</summary>
public sealed class PracticeComponentTests : MudComponentTest
{
    private static readonly ExampleDraft Helpline = new(
        "child-helpline", "A national child helpline", "We opened a free 24-hour line.", "12 000 calls a year", null, "Train the counsellors first",
        2, ["https://www.example.org/helpline-report"], "Head of the helpline", null, false, "en");

    [Fact]
    public void The_text_shows_each_written_section_and_leaves_out_the_empty_ones()
    {
        var text = Render<ExampleText>(p => p.Add(c => c.Draft, Helpline));

        Assert.Equal("We opened a free 24-hour line.", text.Find("[data-testid=what-was-done]").TextContent.Trim());
        Assert.Equal("12 000 calls a year", text.Find("[data-testid=results]").TextContent.Trim());
        Assert.Empty(text.FindAll("[data-testid=challenges]"));
        Assert.Equal("https://www.example.org/helpline-report", text.Find("[data-testid=links] a").GetAttribute("href"));
        Assert.Equal("Head of the helpline", text.Find("[data-testid=contact]").TextContent.Trim());
    }

    [Fact]
    public void A_named_contact_is_shown_only_when_the_text_carries_one()
    {
        var named = Render<ExampleText>(p => p.Add(c => c.Draft, Helpline with { ContactName = "Ana Popescu", ContactAgreed = true }));
        Assert.Contains("Ana Popescu", named.Find("[data-testid=contact]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_shows_beside_the_field_it_names_and_nowhere_else()
    {
        var refusal = new FieldRefusal();
        refusal.Set(new PracticeException("Title: at most 300 characters (this one has 301).", nameof(ExampleDraft.Title)));
        var editor = RenderWithProviders<ExampleEditor>(p => p.Add(c => c.Input, DraftInput.From(Helpline)).Add(c => c.Refusal, refusal));

        // The test id sits on the input; its helper line (where the error shows) is in the field's control around it.
        Assert.Contains("at most 300 characters", FieldOf(editor, "title"), StringComparison.Ordinal);
        Assert.DoesNotContain("at most 300 characters", FieldOf(editor, "what-was-done"), StringComparison.Ordinal);
        Assert.False(refusal.IsGeneral(ExampleEditor.Fields));
    }

    private static string FieldOf(IRenderedComponent<ExampleEditor> editor, string testId) =>
        editor.Find($"[data-testid={testId}]").Closest(".mud-input-control")?.TextContent ?? throw new InvalidOperationException($"No field control around {testId}.");

    [Fact]
    public void The_contact_name_field_appears_only_once_the_person_agreed()
    {
        var input = DraftInput.From(Helpline);
        var editor = RenderWithProviders<ExampleEditor>(p => p.Add(c => c.Input, input).Add(c => c.Refusal, new FieldRefusal()));
        Assert.Empty(editor.FindAll("[data-testid=contact-name]"));

        input.ContactAgreed = true;
        editor.Render();
        Assert.NotEmpty(editor.FindAll("[data-testid=contact-name]"));
    }

    [Fact]
    public void A_name_typed_without_agreement_is_never_sent_and_blank_links_are_dropped()
    {
        var input = DraftInput.From(Helpline);
        input.ContactName = "Ana Popescu";
        input.Links = "https://a.example.org\n\n  https://b.example.org  \n";

        var draft = input.ToDraft();

        Assert.Null(draft.ContactName);
        Assert.Equal(["https://a.example.org", "https://b.example.org"], draft.Links);
    }

    [Fact]
    public void Only_a_real_change_of_text_counts_as_a_change()
    {
        var input = DraftInput.From(Helpline);
        Assert.False(input.Changes(Helpline));

        input.Links += "\nhttps://www.example.org/second";
        Assert.True(input.Changes(Helpline));

        input = DraftInput.From(Helpline);
        input.Title = "A national helpline for children";
        Assert.True(input.Changes(Helpline));
    }

    [Fact]
    public void A_refusal_naming_the_country_or_no_field_is_told_apart()
    {
        var refusal = new FieldRefusal();
        refusal.Set(new PracticeException("countryIso3: XXX is not a country of the reference data.", "countryIso3"));
        Assert.True(refusal.Has("Country"));
        Assert.True(refusal.IsGeneral(ExampleEditor.Fields));
        Assert.False(refusal.IsGeneral(ExampleEditor.Fields.Append("Country")));

        refusal.Set(new PracticeException("Example #3 cannot be sent for review: it is Approved."));
        Assert.True(refusal.IsGeneral(ExampleEditor.Fields.Append("Country")));
    }

    [Fact]
    public void The_filters_keep_what_the_address_chose()
    {
        var capability = PluginCatalog.Shared.Capabilities.First().Item.Code;
        var query = LibraryAddress.Query(" helpline ", capability, null, "3", "Europe", "H", "helplines", "fr");
        var form = Render<LibraryFilters>(p => p.Add(c => c.Query, query));

        Assert.Equal("helpline", form.Find("#q").GetAttribute("value"));
        Assert.Equal(capability, form.Find("#capability option[selected]").GetAttribute("value"));
        Assert.Equal("3", form.Find("#phase option[selected]").GetAttribute("value"));
        Assert.Equal("Europe", form.Find("#region option[selected]").GetAttribute("value"));
        Assert.Equal("H", form.Find("#income option[selected]").GetAttribute("value"));
        Assert.Equal("fr", form.Find("#language option[selected]").GetAttribute("value"));
        Assert.Equal("helplines", form.Find("#theme").GetAttribute("value"));
    }

    [Fact]
    public void An_address_with_a_phase_out_of_range_or_blanks_filters_nothing()
    {
        Assert.False(LibraryAddress.IsFiltered(LibraryAddress.Query("  ", "", null, "7", null, null, " ", null)));
        Assert.Equal(4, LibraryAddress.Query(null, null, null, "4", null, null, null, null).Phase);
    }

    [Fact]
    public void Attachments_are_described_by_kind_and_size()
    {
        var text = Services.GetRequiredService<IStringLocalizer<PracticeText>>();
        Assert.Equal("PDF, 1.5 MB", AttachmentList.Describe(text, new AttachmentInfo(1, "report.pdf", "application/pdf", 1_572_864)));
        Assert.Equal("PNG image, 2 KB", AttachmentList.Describe(text, new AttachmentInfo(2, "chart.png", "image/png", 2048)));
    }
}
