using System.Globalization;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Resources;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>A refused answer, comment or evidence link in a sentence of its own, in the language asked for.</summary>
internal static class AnswerRefusal
{
    /// <summary>
    /// The sentence for <paramref name="problem"/> about <paramref name="subject"/> ("Answer", "Comment", "Link");
    /// a refusal without a code keeps its English fragment.
    /// </summary>
    public static string Of(string subject, AnswerProblem? problem, string english, CultureInfo language) =>
        problem is null
            ? SubmissionText.Words.Format($"{subject}.Other", language, english)
            : SubmissionText.Words.Format($"{subject}.{problem.Code}", language, [.. problem.Arguments]);
}
