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
            ?? throw new PracticeException($"CapabilityCode: '{capabilityCode}' is not a capability of the framework; choose one of the catalog's capabilities (e.g. {string.Join(", ", catalog.Capabilities.Take(3).Select(c => c.Item.Code))}).", nameof(ExampleDraft.CapabilityCode));

        var title = Required(draft.Title, nameof(ExampleDraft.Title), "Give the example a short title");
        if (title.Length > MaxTitleLength)
        {
            throw new PracticeException($"Title: at most {MaxTitleLength} characters (this one has {title.Length}).", nameof(ExampleDraft.Title));
        }

        var whatWasDone = Required(draft.WhatWasDone, nameof(ExampleDraft.WhatWasDone), "Say what was done");
        if (draft.PhaseReached is { } phase and (< 1 or > 4))
        {
            throw new PracticeException($"PhaseReached: a Maturity Model phase is 1 to 4, not {phase}.", nameof(ExampleDraft.PhaseReached));
        }

        var contactRole = Bounded(draft.ContactRole, nameof(ExampleDraft.ContactRole));
        var contactName = Bounded(draft.ContactName, nameof(ExampleDraft.ContactName));
        if (contactName is not null && !draft.ContactAgreed)
        {
            throw new PracticeException("ContactName: name a person only when they agreed to be named (ContactAgreed); otherwise give a role.", nameof(ExampleDraft.ContactName));
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

    private static string Required(string? value, string field, string what) =>
        Optional(value) ?? throw new PracticeException($"{field}: {what}; it is required.", field);

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Bounded(string? value, string field)
    {
        var text = Optional(value);
        return text is { Length: > MaxContactLength }
            ? throw new PracticeException($"{field}: at most {MaxContactLength} characters (this one has {text.Length}).", field)
            : text;
    }

    private static List<string> Links(IReadOnlyList<string>? links)
    {
        var kept = (links ?? []).Select(Optional).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (kept.Count > MaxLinks)
        {
            throw new PracticeException($"Links: at most {MaxLinks} links (there are {kept.Count}).", nameof(ExampleDraft.Links));
        }

        foreach (var link in kept)
        {
            if (link.Length > MaxLinkLength
                || !Uri.TryCreate(link, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || string.IsNullOrEmpty(uri.Host))
            {
                throw new PracticeException($"Links: '{Shorten(link)}' is not an absolute http(s) address such as https://www.example.org/report.", nameof(ExampleDraft.Links));
            }
        }

        return kept;
    }

    private static string Language(string? code)
    {
        var text = Optional(code) ?? throw new PracticeException("Language: say which language the text is written in (e.g. en, fr, es).", nameof(ExampleDraft.Language));
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

        throw new PracticeException($"Language: '{Shorten(text)}' is not a known language code (e.g. en, fr, es, ar, pt-BR).", nameof(ExampleDraft.Language));
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
