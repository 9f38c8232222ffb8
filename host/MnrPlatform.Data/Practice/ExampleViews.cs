using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// Builds what a viewer reads of an example once <see cref="ExampleVisibilityRule"/> decided how it
/// is shown. Anonymised, it carries neither the country's code or name nor anything that commonly
/// names it: no contact, no links, no files.
/// </summary>
internal static class ExampleViews
{
    /// <summary>The longest excerpt of what was done in a list.</summary>
    public const int ExcerptLength = 240;

    /// <summary>The list entry; null when an anonymised example's label cannot be made (the reference data lost its group): it is then not shown.</summary>
    /// <remarks>Its <see cref="ExampleSummary.Progress"/> only for <paramref name="ownerOrSecretariat"/>.</remarks>
    public static ExampleSummary? Summary(PracticeExample example, ExampleShown shown, CountryPlace? place, bool ownerOrSecretariat = false)
    {
        string source;
        if (shown == ExampleShown.Named)
        {
            source = place?.Name ?? example.CountryIso3;
        }
        else if (shown == ExampleShown.Anonymised && place is not null && example.AnonymisedAs is { } level && ExampleAnonymity.GroupName(place, level) is not null)
        {
            source = ExampleAnonymity.Label(place, level);
        }
        else
        {
            return null;
        }

        return new ExampleSummary(
            example.Id,
            example.Title,
            example.CapabilityCode,
            example.DomainCode,
            source,
            shown == ExampleShown.Named ? example.CountryIso3 : null,
            shown,
            example.PhaseReached,
            Excerpt(example.WhatWasDone),
            example.Language,
            ownerOrSecretariat ? ExampleProgress.Of(example, AnonymisedLabel(example, place)) : null);
    }

    /// <summary>The page; curation details only for <paramref name="ownerOrSecretariat"/>.</summary>
    public static ExampleView View(
        ExampleSummary summary,
        PracticeExample example,
        bool ownerOrSecretariat,
        IReadOnlyList<AttachmentInfo> attachments,
        IReadOnlyList<ExampleEditSuggestion> openSuggestions)
    {
        var text = ExampleText.Of(example);
        if (summary.Shown != ExampleShown.Named)
        {
            text = text with { Links = [], ContactRole = null, ContactName = null, ContactAgreed = false };
            attachments = [];
        }

        return new ExampleView(
            summary,
            text,
            ExampleText.ReadList(example.Themes),
            attachments,
            ownerOrSecretariat ? example.Status : null,
            ownerOrSecretariat ? example.Version : null,
            ownerOrSecretariat ? example.ProposedVisibility : null,
            ownerOrSecretariat ? ExampleVisibilityRule.StandingConsent(example)?.Visibility : null,
            ownerOrSecretariat
                ? [.. openSuggestions.Select(s => new SuggestionInfo(s.Id, ExampleText.Apply(ExampleText.Of(example), s.Proposed), s.Note, s.SuggestedBy, s.SuggestedAt))]
                : [],
            ownerOrSecretariat ? summary.Progress?.Anonymised : null);
    }

    private static string? AnonymisedLabel(PracticeExample example, CountryPlace? place) =>
        example.AnonymisedAs is { } level && place is not null && ExampleAnonymity.GroupName(place, level) is not null
            ? ExampleAnonymity.Label(place, level)
            : null;

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= ExcerptLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', ExcerptLength);
        return flat[..(cut > ExcerptLength / 2 ? cut : ExcerptLength)] + "…";
    }
}
