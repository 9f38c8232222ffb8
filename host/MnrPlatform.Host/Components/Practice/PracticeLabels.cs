using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Entities;
using MnrPlatform.Host.Resources;
using MudBlazor;

namespace MnrPlatform.Host.Components.Practice;

/// <summary>How the library's pages name statuses, visibilities, anonymity levels, phases and languages, in the page's language.</summary>
public static class PracticeLabels
{
    /// <summary>The language codes an example may be written in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "es", "ar", "ru", "zh", "pt"];

    /// <summary>The four phases of the Maturity Model.</summary>
    public static IReadOnlyList<int> Phases { get; } = [1, 2, 3, 4];

    /// <summary>A language's name in the page's language, or its code when unknown.</summary>
    public static string Language(this IStringLocalizer<PracticeText> text, string code)
    {
        ArgumentNullException.ThrowIfNull(text);
        var known = Languages.FirstOrDefault(l => string.Equals(l, code, StringComparison.OrdinalIgnoreCase));
        return known is null ? code : text["Language." + known];
    }

    /// <summary>A phase's name ("Phase 3 · Established"); "Not stated" for none.</summary>
    public static string Phase(this IStringLocalizer<PracticeText> text, int? phase)
    {
        ArgumentNullException.ThrowIfNull(text);
        return phase is { } p && Phases.Contains(p) ? text["Phase." + p.ToString(System.Globalization.CultureInfo.InvariantCulture)] : text["Phase.None"];
    }

    /// <summary>What a status means to the people working on the example.</summary>
    public static string Status(this IStringLocalizer<PracticeText> text, PracticeExampleStatus status)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enum.IsDefined(status) ? text["Status." + status] : status.ToString();
    }

    /// <summary>The colour of a status chip.</summary>
    public static Color StatusColor(PracticeExampleStatus status) => status switch
    {
        PracticeExampleStatus.Approved => Color.Success,
        PracticeExampleStatus.EditsSuggested => Color.Warning,
        PracticeExampleStatus.InReview => Color.Info,
        _ => Color.Default,
    };

    /// <summary>Who sees an example at a visibility.</summary>
    public static string Visibility(this IStringLocalizer<PracticeText> text, ExampleVisibility visibility)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enum.IsDefined(visibility) ? text["Visibility." + visibility] : visibility.ToString();
    }

    /// <summary>Who sees it, or that nothing stands.</summary>
    public static string Visibility(this IStringLocalizer<PracticeText> text, ExampleVisibility? visibility)
    {
        ArgumentNullException.ThrowIfNull(text);
        return visibility is { } v ? text.Visibility(v) : text["Visibility.None"];
    }

    /// <summary>A visibility in a few words, for a chip: "secretariat", "members", "public".</summary>
    public static string Audience(this IStringLocalizer<PracticeText> text, ExampleVisibility visibility)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enum.IsDefined(visibility) ? text["Audience." + visibility] : visibility.ToString();
    }

    /// <summary>How an anonymised version names the country's group.</summary>
    public static string Level(this IStringLocalizer<PracticeText> text, AnonymityLevel level)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enum.IsDefined(level) ? text["Level." + level] : level.ToString();
    }

    /// <summary>The level in a word: "sub-region", "region", "income group".</summary>
    public static string LevelName(this IStringLocalizer<PracticeText> text, AnonymityLevel level)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enum.IsDefined(level) ? text["LevelName." + level] : level.ToString();
    }

    /// <summary>A World Bank income group's name.</summary>
    public static string Income(this IStringLocalizer<PracticeText> text, IncomeGroup group)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["Income." + group];
    }
}
