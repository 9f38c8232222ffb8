using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>
/// Who may do what with a submission, given the round's and the submission's state. A country's
/// focal point edits and submits while the round is open and the answers are with the country
/// (draft, queried); the secretariat may also correct answers under review, queries, validates and
/// reopens; nothing changes in a draft or published round or in a validated submission until it is reopened.
/// </summary>
public static class SubmissionRules
{
    /// <summary>True when <paramref name="scope"/> may change the answers.</summary>
    public static bool CanEdit(AccessScope scope, RoundStatus round, SubmissionStatus status, string countryIso3)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.CanWrite(countryIso3) || round is RoundStatus.Published or RoundStatus.Draft || status == SubmissionStatus.Validated)
        {
            return false;
        }

        return scope.IsSecretariatWriter || (round == RoundStatus.Open && status is SubmissionStatus.Draft or SubmissionStatus.Queried);
    }

    /// <summary>True when <paramref name="scope"/> may send the answers (first time, or again after a query).</summary>
    public static bool CanSubmit(AccessScope scope, RoundStatus round, SubmissionStatus status, string countryIso3) =>
        status is SubmissionStatus.Draft or SubmissionStatus.Queried && CanEdit(scope, round, status, countryIso3);

    /// <summary>True when <paramref name="scope"/> may query or validate (the secretariat, answers under review).</summary>
    public static bool CanReview(AccessScope scope, RoundStatus round, SubmissionStatus status) =>
        scope.IsSecretariatWriter && round != RoundStatus.Published && status is SubmissionStatus.Submitted or SubmissionStatus.Resubmitted;

    /// <summary>True when <paramref name="scope"/> may take a validation back.</summary>
    public static bool CanReopen(AccessScope scope, RoundStatus round, SubmissionStatus status) =>
        scope.IsSecretariatWriter && round != RoundStatus.Published && status == SubmissionStatus.Validated;
}
