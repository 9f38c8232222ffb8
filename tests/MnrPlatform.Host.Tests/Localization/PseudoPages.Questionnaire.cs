using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests.Localization;

internal static partial class PseudoPages
{
    private const string OpenRound = "/surveys/2026-self-assessment";

    /// <summary>
    /// The questionnaire of the demo's open round: the focal point's own draft (Kenya), and the
    /// secretariat reviewing a submitted, a queried and a validated one; the instrument's preview.
    /// </summary>
    private static IEnumerable<PageVisit> Questionnaire =>
    [
        new(Roles.FocalPoint, "/surveys/{round}/{country}/{instrument}", $"{OpenRound}/KEN/{OpenRounds.Instrument}"),
        new(Roles.Analyst, "/surveys/{round}/{country}/{instrument}", $"{OpenRound}/FIN/{OpenRounds.Instrument}"),
        new(Roles.Analyst, "/surveys/{round}/{country}/{instrument}", $"{OpenRound}/PHL/{OpenRounds.Instrument}"),
        new(Roles.Analyst, "/surveys/{round}/{country}/{instrument}", $"{OpenRound}/NZL/{OpenRounds.Instrument}"),
        new(Roles.Analyst, "/surveys/{Round}/preview/{Instrument}", $"{OpenRound}/preview/{OpenRounds.Instrument}"),
    ];
}
