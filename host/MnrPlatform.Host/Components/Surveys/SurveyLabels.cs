using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Entities;
using MnrPlatform.Host.Resources;
using MudBlazor;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>How round and submission statuses read on the survey pages, in the page's language (<see cref="SurveyText"/>).</summary>
internal static class SurveyLabels
{
    /// <summary>A round's status in words.</summary>
    public static string RoundStatusText(RoundStatus status, IStringLocalizer<SurveyText> l) => l["Round.Status." + status];

    /// <summary>The theme colour of a round's status.</summary>
    public static Color RoundStatusColor(RoundStatus status) => status switch
    {
        RoundStatus.Draft => Color.Default,
        RoundStatus.Open => Color.Success,
        RoundStatus.Closed => Color.Warning,
        _ => Color.Info,
    };

    /// <summary>A submission's status in words, for the secretariat's lists.</summary>
    public static string StatusText(SubmissionStatus status, IStringLocalizer<SurveyText> l) => l["Submission.Status." + status];

    /// <summary>A country's own questionnaire status in words; null: not started.</summary>
    public static string CountryStatusText(SubmissionStatus? status, IStringLocalizer<SurveyText> l) =>
        l["Country.Status." + (status?.ToString() ?? "NotStarted")];

    /// <summary>A World Bank income group in words.</summary>
    public static string IncomeText(IncomeGroup group, IStringLocalizer<SurveyText> l) => l["Income." + IncomeGroups.Code(group)];

    /// <summary>The theme colour of a submission's status; null: not started.</summary>
    public static Color StatusColor(SubmissionStatus? status) => status switch
    {
        null => Color.Default,
        SubmissionStatus.Draft => Color.Info,
        SubmissionStatus.Submitted or SubmissionStatus.Resubmitted => Color.Warning,
        SubmissionStatus.Queried => Color.Error,
        _ => Color.Success,
    };

    /// <summary>A status as the address and the test hooks write it (<c>draft</c>, <c>queried</c>...).</summary>
    public static string Code(SubmissionStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>A round status as the status endpoint and the test hooks write it.</summary>
    public static string Code(RoundStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>What moving a round from <paramref name="from"/> to <paramref name="to"/> is called on its button.</summary>
    public static string StepLabel(RoundStatus from, RoundStatus to, IStringLocalizer<SurveyText> l) =>
        Step(from, to) is { } step ? l["Step.Label." + step] : l["Step.Label.Other", RoundStatusText(to, l)];

    /// <summary>What that step means, said beside its button.</summary>
    public static string StepMeaning(RoundStatus from, RoundStatus to, IStringLocalizer<SurveyText> l) =>
        Step(from, to) is { } step ? l["Step.Meaning." + step] : l["Step.Meaning.Other", RoundStatusText(to, l)];

    /// <summary>The outcome of a step, from the code the status endpoint redirects with.</summary>
    public static string? DoneText(string? done, IStringLocalizer<SurveyText> l) => done switch
    {
        "open" => l["Done.Open"].Value,
        "closed" => l["Done.Closed"].Value,
        "published" => l["Done.Published"].Value,
        _ => null,
    };

    // The named steps; any other move is said with the status it leads to.
    private static string? Step(RoundStatus from, RoundStatus to) => (from, to) switch
    {
        (RoundStatus.Draft, RoundStatus.Open) => "Open",
        (RoundStatus.Open, RoundStatus.Closed) => "Close",
        (RoundStatus.Closed, RoundStatus.Open) => "Reopen",
        (RoundStatus.Closed, RoundStatus.Published) => "Publish",
        (RoundStatus.Published, RoundStatus.Closed) => "Unpublish",
        _ => null,
    };
}
