using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Runs;

/// <summary>
/// A fingerprint of what a run is computed from: the profiles (units, capabilities, values) and the
/// options that change the result (not <see cref="ClusterRunOptions.PreviousClusters"/>). A stored
/// run whose hash differs from today's inputs is stale.
/// </summary>
public static class RunInputsHash
{
    /// <summary>The lowercase hex SHA-256 of the canonical inputs.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <param name="options">The options.</param>
    public static string Of(ProfileSet profiles, ClusterRunOptions options) => throw new NotImplementedException();
}
