namespace MnrPlatform.Data.Surveys.Profiles;

/// <summary>What a <see cref="ProfileFinding"/> points at.</summary>
public enum FindingKind
{
    /// <summary>The capability's phase is at least one phase above the income-group median.</summary>
    Strength,

    /// <summary>The capability's phase is at least one phase below the income-group median.</summary>
    BelowMedian,

    /// <summary>The country answered "no" to the capability's "in place?" review question.</summary>
    NotInPlace,
}

/// <summary>A capability worth a second look in a self-assessment: a strength to build on or an area to look at.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="DomainCode">The domain.</param>
/// <param name="CapabilityCode">The capability.</param>
/// <param name="Name">The capability's name.</param>
/// <param name="Phase">The country's phase; null for an in-place answer.</param>
/// <param name="Median">The income-group median; null for an in-place answer.</param>
public sealed record ProfileFinding(FindingKind Kind, string DomainCode, string CapabilityCode, string Name, int? Phase, double? Median);
