using MnrPlatform.Data.Entities;
using MudBlazor;

namespace MnrPlatform.Host.Components.Practice;

/// <summary>How the library's pages name statuses, visibilities, anonymity levels, phases and languages.</summary>
public static class PracticeLabels
{
    /// <summary>The languages an example may be written in (code, English name).</summary>
    public static IReadOnlyList<(string Code, string Name)> Languages { get; } =
        [("en", "English"), ("fr", "French"), ("es", "Spanish"), ("ar", "Arabic"), ("ru", "Russian"), ("zh", "Chinese"), ("pt", "Portuguese")];

    /// <summary>The four phases of the Maturity Model.</summary>
    public static IReadOnlyList<(int Phase, string Name)> Phases { get; } =
        [(1, "Phase 1 · Building"), (2, "Phase 2 · Developing"), (3, "Phase 3 · Established"), (4, "Phase 4 · Maturity")];

    /// <summary>A language's name, or its code when unknown.</summary>
    public static string Language(string code) =>
        Languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase)).Name ?? code;

    /// <summary>A phase's name; "Not stated" for none.</summary>
    public static string Phase(int? phase) =>
        phase is { } p && Phases.FirstOrDefault(x => x.Phase == p).Name is { } name ? name : "Not stated";

    /// <summary>What a status means to the people working on the example.</summary>
    public static string Status(PracticeExampleStatus status) => status switch
    {
        PracticeExampleStatus.Draft => "Draft",
        PracticeExampleStatus.InReview => "In review",
        PracticeExampleStatus.EditsSuggested => "Edits suggested",
        PracticeExampleStatus.Approved => "Approved",
        PracticeExampleStatus.Archived => "Archived",
        _ => status.ToString(),
    };

    /// <summary>The colour of a status chip.</summary>
    public static Color StatusColor(PracticeExampleStatus status) => status switch
    {
        PracticeExampleStatus.Approved => Color.Success,
        PracticeExampleStatus.EditsSuggested => Color.Warning,
        PracticeExampleStatus.InReview => Color.Info,
        _ => Color.Default,
    };

    /// <summary>Who sees an example at a visibility.</summary>
    public static string Visibility(ExampleVisibility visibility) => visibility switch
    {
        ExampleVisibility.Secretariat => "The secretariat only",
        ExampleVisibility.Members => "Alliance members (signed-in users)",
        ExampleVisibility.Public => "Everyone (public)",
        _ => visibility.ToString(),
    };

    /// <summary>A visibility in a few words, for a chip: "secretariat", "members", "public".</summary>
    public static string Audience(ExampleVisibility visibility) => visibility switch
    {
        ExampleVisibility.Secretariat => "secretariat",
        ExampleVisibility.Members => "members",
        ExampleVisibility.Public => "public",
        _ => visibility.ToString(),
    };

    /// <summary>Who sees it, or that nothing stands.</summary>
    public static string Visibility(ExampleVisibility? visibility) => visibility is { } v ? Visibility(v) : "None";

    /// <summary>How an anonymised version names the country's group.</summary>
    public static string Level(AnonymityLevel level) => level switch
    {
        AnonymityLevel.SubRegion => "Sub-region (\"a country in Eastern Europe\")",
        AnonymityLevel.Region => "Region (\"a country in Europe\")",
        AnonymityLevel.IncomeGroup => "Income group (\"a high-income country\")",
        _ => level.ToString(),
    };
}
