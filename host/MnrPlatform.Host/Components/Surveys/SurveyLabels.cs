using MnrPlatform.Data.Entities;
using MudBlazor;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>How round and submission statuses read on the survey pages.</summary>
internal static class SurveyLabels
{
    /// <summary>A round's status in words.</summary>
    public static string RoundStatusText(RoundStatus status) => status switch
    {
        RoundStatus.Draft => "Draft",
        RoundStatus.Open => "Open",
        RoundStatus.Closed => "Closed",
        _ => "Published",
    };

    /// <summary>The theme colour of a round's status.</summary>
    public static Color RoundStatusColor(RoundStatus status) => status switch
    {
        RoundStatus.Draft => Color.Default,
        RoundStatus.Open => Color.Success,
        RoundStatus.Closed => Color.Warning,
        _ => Color.Info,
    };

    /// <summary>A submission's status in words, for the secretariat's lists.</summary>
    public static string StatusText(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Draft => "Draft",
        SubmissionStatus.Submitted => "Submitted",
        SubmissionStatus.Queried => "Queried",
        SubmissionStatus.Resubmitted => "Resubmitted",
        _ => "Validated",
    };

    /// <summary>A country's own questionnaire status in words; null: not started.</summary>
    public static string CountryStatusText(SubmissionStatus? status) => status switch
    {
        null => "Not started",
        SubmissionStatus.Draft => "Draft",
        SubmissionStatus.Submitted => "Submitted: with the secretariat",
        SubmissionStatus.Queried => "Queried: the secretariat has a question",
        SubmissionStatus.Resubmitted => "Resubmitted: with the secretariat",
        _ => "Validated",
    };

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
    public static string StepLabel(RoundStatus from, RoundStatus to) => (from, to) switch
    {
        (RoundStatus.Draft, RoundStatus.Open) => "Open the round",
        (RoundStatus.Open, RoundStatus.Closed) => "Close",
        (RoundStatus.Closed, RoundStatus.Open) => "Reopen for answers",
        (RoundStatus.Closed, RoundStatus.Published) => "Publish",
        (RoundStatus.Published, RoundStatus.Closed) => "Unpublish",
        _ => $"Make {RoundStatusText(to).ToLowerInvariant()}",
    };

    /// <summary>What that step means, said beside its button.</summary>
    public static string StepMeaning(RoundStatus from, RoundStatus to) => (from, to) switch
    {
        (RoundStatus.Draft, RoundStatus.Open) => "Opening freezes each instrument's questionnaire as it is now and lets the invited countries answer; a round cannot go back to draft.",
        (RoundStatus.Open, RoundStatus.Closed) => "Closing stops focal points from changing or submitting answers; the secretariat goes on reviewing them.",
        (RoundStatus.Closed, RoundStatus.Open) => "Reopening lets focal points change and submit their answers again.",
        (RoundStatus.Closed, RoundStatus.Published) => "Publishing freezes answers and makes the validated results public.",
        (RoundStatus.Published, RoundStatus.Closed) => "Unpublishing takes the results out of public view, and the secretariat can correct answers again.",
        _ => $"The round becomes {RoundStatusText(to).ToLowerInvariant()}.",
    };

    /// <summary>The outcome of a step, from the code the status endpoint redirects with.</summary>
    public static string? DoneText(string? done) => done switch
    {
        "open" => "The round is open: focal points can answer and submit.",
        "closed" => "The round is closed: answers no longer change except by the secretariat.",
        "published" => "The round is published: its answers are frozen and its validated results are public.",
        _ => null,
    };
}
