using System.Globalization;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Sdk.Content;
using MudBlazor;

namespace MnrPlatform.Host.Components.Questionnaire;

/// <summary>
/// The words of the questionnaire page: what happens next, review steps, answer codes. Statuses and
/// their badges read as on every survey page (<see cref="Surveys.SurveyLabels"/>).
/// </summary>
public static class SubmissionLabels
{
    /// <summary>Where the answers are and what happens next, for the country or for the secretariat.</summary>
    public static string Explain(SubmissionView view, bool secretariat)
    {
        ArgumentNullException.ThrowIfNull(view);
        return (view.RoundStatus, view.Status, secretariat) switch
        {
            (RoundStatus.Published, _, _) => "The round is published: its answers no longer change.",
            (_, SubmissionStatus.Validated, true) => "You validated these answers: they count in the round's results. Reopen them to review them again.",
            (_, SubmissionStatus.Validated, false) => "The secretariat validated these answers: they count in the round's results. Only the secretariat can reopen them.",
            (_, SubmissionStatus.Submitted or SubmissionStatus.Resubmitted, true) => "Waiting for your review: validate the answers, or send the country a query.",
            (_, SubmissionStatus.Submitted or SubmissionStatus.Resubmitted, false) => "The answers are with the secretariat for review. If they have a question it appears here and the answers come back to you; once validated they count in the round's results.",
            (RoundStatus.Closed, _, false) => "The round is closed: answers can no longer be sent. Contact the secretariat if something must change.",
            (_, SubmissionStatus.Queried, true) => "The country has your query: it can change answers and must reply before sending them again.",
            (_, SubmissionStatus.Queried, false) => "The secretariat has a question (below). Change answers if needed, reply, and send the answers again.",
            (_, _, true) => "The country is still filling in the questionnaire.",
            _ => "A draft: only your country and the secretariat can see it. Each answer is saved as you give it; when every required answer is there, submit the answers to the secretariat.",
        };
    }

    /// <summary>The theme colour of a submission's status.</summary>
    public static Color StatusColor(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Draft => Color.Info,
        SubmissionStatus.Submitted or SubmissionStatus.Resubmitted => Color.Primary,
        SubmissionStatus.Queried => Color.Warning,
        SubmissionStatus.Validated => Color.Success,
        _ => Color.Default,
    };

    /// <summary>A review step in words.</summary>
    public static string Step(string action) => action switch
    {
        SubmissionActions.Submitted => "Submitted",
        SubmissionActions.Queried => "Queried by the secretariat",
        SubmissionActions.Resubmitted => "Replied and resubmitted",
        SubmissionActions.Validated => "Validated",
        SubmissionActions.Reopened => "Reopened by the secretariat",
        SubmissionActions.Imported => "Imported",
        _ => action,
    };

    /// <summary>A moment as pages show it (UTC, minutes).</summary>
    public static string When(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The label of an answer code of a yes/no, yes/partly/no question or a special code.</summary>
    public static string Code(string code) => code switch
    {
        AnswerCodes.Yes => "Yes",
        AnswerCodes.Partly => "Partly",
        AnswerCodes.No => "No",
        AnswerCodes.DontKnow => "Don't know",
        AnswerCodes.NotApplicable => "Not applicable",
        _ => code,
    };
}
