using MnrPlatform.Data.Entities;
using MnrPlatform.Host.Components.Surveys;

namespace MnrPlatform.Host.Components.Pages.Secretariat.Components;

/// <summary>Where each count of the secretariat dashboard is handled.</summary>
internal static class DashboardLinks
{
    /// <summary>The peer-learning page's exchange board.</summary>
    public const string Exchanges = "peer-learning#exchanges";

    /// <summary>The plugins page (administrators).</summary>
    public const string Plugins = "plugins";

    /// <summary>A round's submissions in one status, of one instrument when given.</summary>
    public static string Submissions(string roundCode, SubmissionStatus status, string? instrumentCode = null) =>
        $"{SurveyPaths.Round(roundCode)}?status={status.ToString().ToLowerInvariant()}"
        + (instrumentCode is null ? "" : $"&instrument={Uri.EscapeDataString(instrumentCode)}");
}
