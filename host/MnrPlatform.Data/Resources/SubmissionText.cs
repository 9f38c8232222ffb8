using MnrPlatform.Core.Localization;

namespace MnrPlatform.Data.Resources;

/// <summary>
/// The words of a submission's refusals as a focal point reads them (an answer refused, the answers
/// not sendable yet), in the page's language; the API and imports keep the English (neutral) ones.
/// </summary>
public sealed class SubmissionText
{
    private SubmissionText()
    {
    }

    /// <summary>The resource file's words.</summary>
    internal static ResourceText Words { get; } = new(typeof(SubmissionText));
}
