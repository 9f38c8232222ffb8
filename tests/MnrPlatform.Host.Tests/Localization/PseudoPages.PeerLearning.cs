using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests.Localization;

internal static partial class PseudoPages
{
    /// <summary>Peer learning (the secretariat's analysis and board; a focal point is turned away) and a country's exchange requests.</summary>
    private static IEnumerable<PageVisit> PeerLearning =>
    [
        new(Roles.Analyst, "/peer-learning"),
        new(Roles.Analyst, "/peer-learning", "/peer-learning?country=KEN&capability=judiciary-prosecutors&done=suggested"),
        new(Roles.FocalPoint, "/peer-learning"),
        new(Roles.Analyst, "/exchanges"),
        new(Roles.FocalPoint, "/exchanges"),
        new(Roles.FocalPoint, "/exchanges", "/exchanges?error=state"),
    ];
}
