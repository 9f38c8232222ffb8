using Microsoft.Extensions.Localization;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;
using MnrPlatform.Sdk.Content;
using MudBlazor;

namespace MnrPlatform.Host.Components.Questionnaire;

/// <summary>
/// The words of the questionnaire page (<see cref="QuestionnaireText"/>): what happens next, statuses,
/// review steps, answer codes; moments via <see cref="ShownFormat"/>.
/// </summary>
public static class SubmissionLabels
{
    /// <summary>Where the answers are and what happens next, for the country or for the secretariat.</summary>
    public static string Explain(IStringLocalizer<QuestionnaireText> text, SubmissionView view, bool secretariat)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(view);
        var key = (view.RoundStatus, view.Status, secretariat) switch
        {
            (RoundStatus.Published, _, _) => "Explain.Published",
            (_, SubmissionStatus.Validated, true) => "Explain.Validated.Secretariat",
            (_, SubmissionStatus.Validated, false) => "Explain.Validated.Country",
            (_, SubmissionStatus.Submitted or SubmissionStatus.Resubmitted, true) => "Explain.Submitted.Secretariat",
            (_, SubmissionStatus.Submitted or SubmissionStatus.Resubmitted, false) => "Explain.Submitted.Country",
            (RoundStatus.Closed, _, false) => "Explain.Closed.Country",
            (_, SubmissionStatus.Queried, true) => "Explain.Queried.Secretariat",
            (_, SubmissionStatus.Queried, false) => "Explain.Queried.Country",
            (_, _, true) => "Explain.Draft.Secretariat",
            _ => "Explain.Draft.Country",
        };
        return text[key];
    }

    /// <summary>A round's status as the page's pretitle says it ("round open").</summary>
    public static string RoundStatusText(IStringLocalizer<QuestionnaireText> text, RoundStatus status)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"RoundStatus.{status}"];
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
    public static string Step(IStringLocalizer<QuestionnaireText> text, string action)
    {
        ArgumentNullException.ThrowIfNull(text);
        return action switch
        {
            SubmissionActions.Submitted or SubmissionActions.Queried or SubmissionActions.Resubmitted or SubmissionActions.Validated
                or SubmissionActions.Reopened or SubmissionActions.Imported => text[$"Step.{action}"],
            _ => action,
        };
    }

    /// <summary>A moment as pages show it (UTC, minutes), in the page's language.</summary>
    public static string When(DateTimeOffset at) => ShownFormat.Moment(at);

    /// <summary>The label of an answer code in the page's language.</summary>
    public static string Code(IStringLocalizer<QuestionnaireText> text, string code)
    {
        ArgumentNullException.ThrowIfNull(text);
        return code switch
        {
            AnswerCodes.Yes => text["Code.Yes"],
            AnswerCodes.Partly => text["Code.Partly"],
            AnswerCodes.No => text["Code.No"],
            AnswerCodes.DontKnow => text["Code.DontKnow"],
            AnswerCodes.NotApplicable => text["Code.NotApplicable"],
            _ => code,
        };
    }
}
