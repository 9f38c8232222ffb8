using System.Globalization;
using MnrPlatform.Core.Catalog;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// Checks and tidies an example's text before it is stored or suggested: each refusal is a
/// <see cref="PracticeException"/> naming the field (as in <see cref="ExampleDraft"/>) and saying
/// what to do.
/// </summary>
public static class ExampleDraftRules
{
    /// <summary>The longest title.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>The longest contact role or name.</summary>
    public const int MaxContactLength = 300;

    /// <summary>The most links an example may carry.</summary>
    public const int MaxLinks = 20;

    /// <summary>The longest link.</summary>
    public const int MaxLinkLength = 2000;

    private static readonly string[] NoLinks = [];

    /// <summary>The draft with its text trimmed (empty optional fields become null) and its language in its canonical form; the capability's domain from the catalog.</summary>
    /// <exception cref="PracticeException">A field is missing or wrong; <see cref="PracticeException.Field"/> names it.</exception>
    public static (ExampleDraft Draft, string DomainCode) Check(ExampleDraft draft, FrameworkCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(catalog);
        var capabilityCode = draft.CapabilityCode?.Trim() ?? "";
        var capability = catalog.Capability(capabilityCode)
            ?? throw new PracticeException(PracticeWords.Of("Refusal.Capability", capabilityCode, string.Join(", ", catalog.Capabilities.Take(3).Select(c => c.Item.Code))), nameof(ExampleDraft.CapabilityCode));

        var title = Required(draft.Title, nameof(ExampleDraft.Title), "Refusal.TitleRequired");
        if (title.Length > MaxTitleLength)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.TitleLength", MaxTitleLength, title.Length), nameof(ExampleDraft.Title));
        }

        var whatWasDone = Required(draft.WhatWasDone, nameof(ExampleDraft.WhatWasDone), "Refusal.WhatRequired");
        if (draft.PhaseReached is { } phase and (< 1 or > 4))
        {
            throw new PracticeException(PracticeWords.Of("Refusal.Phase", phase), nameof(ExampleDraft.PhaseReached));
        }

        var contactRole = Bounded(draft.ContactRole, nameof(ExampleDraft.ContactRole));
        var contactName = Bounded(draft.ContactName, nameof(ExampleDraft.ContactName));
        if (contactName is not null && !draft.ContactAgreed)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.ContactAgreed"), nameof(ExampleDraft.ContactName));
        }

        var checkedDraft = new ExampleDraft(
            capabilityCode,
            title,
            whatWasDone,
            Optional(draft.Results),
            Optional(draft.Challenges),
            Optional(draft.Lessons),
            draft.PhaseReached,
            Links(draft.Links),
            contactRole,
            contactName,
            contactName is not null && draft.ContactAgreed,
            Language(draft.Language));
        return (checkedDraft, capability.DomainCode);
    }

    /// <summary>Two drafts with the same text (links in the same order).</summary>
    public static bool SameText(ExampleDraft a, ExampleDraft b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a with { Links = NoLinks } == b with { Links = NoLinks } && a.Links.SequenceEqual(b.Links, StringComparer.Ordinal);
    }

    private static string Required(string? value, string field, string refusal) =>
        Optional(value) ?? throw new PracticeException(PracticeWords.Of(refusal), field);

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Bounded(string? value, string field)
    {
        var text = Optional(value);
        return text is { Length: > MaxContactLength }
            ? throw new PracticeException(PracticeWords.Of("Refusal." + field + "Length", MaxContactLength, text.Length), field)
            : text;
    }

    private static List<string> Links(IReadOnlyList<string>? links)
    {
        var kept = (links ?? []).Select(Optional).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (kept.Count > MaxLinks)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.LinkCount", MaxLinks, kept.Count), nameof(ExampleDraft.Links));
        }

        foreach (var link in kept)
        {
            if (link.Length > MaxLinkLength
                || !Uri.TryCreate(link, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || string.IsNullOrEmpty(uri.Host))
            {
                throw new PracticeException(PracticeWords.Of("Refusal.Link", Shorten(link)), nameof(ExampleDraft.Links));
            }
        }

        return kept;
    }

    private static string Language(string? code)
    {
        var text = Optional(code) ?? throw new PracticeException(PracticeWords.Of("Refusal.LanguageRequired"), nameof(ExampleDraft.Language));
        try
        {
            var culture = CultureInfo.GetCultureInfo(text, predefinedOnly: true);
            if (culture.Name.Length > 0)
            {
                return culture.Name;
            }
        }
        catch (CultureNotFoundException)
        {
        }

        throw new PracticeException(PracticeWords.Of("Refusal.Language", Shorten(text)), nameof(ExampleDraft.Language));
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
