namespace MnrPlatform.Analytics.Peers;

/// <summary>A unit asking for partners on one capability where it is weak.</summary>
/// <param name="UnitCode">The requesting unit.</param>
/// <param name="CapabilityCode">The capability it wants to learn about.</param>
public sealed record PeerRequest(string UnitCode, string CapabilityCode);
