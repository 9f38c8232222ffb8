using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests.Localization;

internal static partial class PseudoPages
{
    /// <summary>
    /// Peer learning, the secretariat's analysis and board, and a focal point's exchange requests. A focal
    /// point asking for /peer-learning, and the secretariat for /exchanges, are sent to access-denied (visited there).
    /// </summary>
    private static IEnumerable<PageVisit> PeerLearning =>
    [
        new(Roles.Analyst, "/peer-learning"),
        new(Roles.Analyst, "/peer-learning", "/peer-learning?country=KEN&capability=judiciary-prosecutors&done=suggested"),
        new(Roles.FocalPoint, "/exchanges"),
        new(Roles.FocalPoint, "/exchanges", "/exchanges?error=state"),
    ];
}
