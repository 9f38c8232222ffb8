using MnrPlatform.Data.Practice;

namespace MnrPlatform.Host.Components.Practice;

/// <summary>The editable state of an example's text in a form; <see cref="ToDraft"/> gives what the services take.</summary>
public sealed class DraftInput
{
    /// <summary>The capability's code.</summary>
    public string? CapabilityCode { get; set; }

    /// <summary>A short title.</summary>
    public string? Title { get; set; }

    /// <summary>What was done.</summary>
    public string? WhatWasDone { get; set; }

    /// <summary>What came of it.</summary>
    public string? Results { get; set; }

    /// <summary>What was hard.</summary>
    public string? Challenges { get; set; }

    /// <summary>What others can learn.</summary>
    public string? Lessons { get; set; }

    /// <summary>The phase (1..4) it helped reach.</summary>
    public int? PhaseReached { get; set; }

    /// <summary>Links, one a line.</summary>
    public string? Links { get; set; }

    /// <summary>Whom to contact, as a role.</summary>
    public string? ContactRole { get; set; }

    /// <summary>A named person (only with their agreement).</summary>
    public string? ContactName { get; set; }

    /// <summary>Whether the named person agreed.</summary>
    public bool ContactAgreed { get; set; }

    /// <summary>The language of the text.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The form filled from an example's text.</summary>
    public static DraftInput From(ExampleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new DraftInput
        {
            CapabilityCode = draft.CapabilityCode,
            Title = draft.Title,
            WhatWasDone = draft.WhatWasDone,
            Results = draft.Results,
            Challenges = draft.Challenges,
            Lessons = draft.Lessons,
            PhaseReached = draft.PhaseReached,
            Links = string.Join('\n', draft.Links),
            ContactRole = draft.ContactRole,
            ContactName = draft.ContactName,
            ContactAgreed = draft.ContactAgreed,
            Language = draft.Language,
        };
    }

    /// <summary>The text as typed (blank optional fields as null); a name without agreement is dropped, never sent.</summary>
    public ExampleDraft ToDraft() => new(
        CapabilityCode ?? "",
        Title?.Trim() ?? "",
        WhatWasDone?.Trim() ?? "",
        Blank(Results),
        Blank(Challenges),
        Blank(Lessons),
        PhaseReached,
        [.. (Links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Blank(ContactRole),
        ContactAgreed ? Blank(ContactName) : null,
        ContactAgreed,
        Language);

    /// <summary>Whether the text as typed differs from <paramref name="current"/> (saving it would make a new version).</summary>
    public bool Changes(ExampleDraft current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var typed = ToDraft();
        return typed with { Links = current.Links } != current || !typed.Links.SequenceEqual(current.Links, StringComparer.Ordinal);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
