namespace MnrPlatform.Data.Surveys.Profiles;

/// <summary>The median phase of one capability over the countries of an income group in a round.</summary>
/// <param name="CapabilityCode">The capability.</param>
/// <param name="Countries">How many countries of the group gave a phase (the country itself included).</param>
/// <param name="Median">The median phase; null when hidden or when nobody gave a phase.</param>
/// <param name="Hidden">True when fewer than k countries gave a phase: the median is not shown.</param>
public sealed record GroupMedian(string CapabilityCode, int Countries, double? Median, bool Hidden);

/// <summary>The income-group medians a country's profile is read against (an aggregate: no other country is named).</summary>
/// <param name="RoundCode">The round.</param>
/// <param name="IncomeGroupName">The country's income group in the round's classification; null when it has none (then nothing is compared).</param>
/// <param name="MinimumCellSize">k: a median of fewer countries is hidden.</param>
/// <param name="Capabilities">The median of each capability, by capability code.</param>
public sealed record IncomeGroupMedians(string RoundCode, string? IncomeGroupName, int MinimumCellSize, IReadOnlyDictionary<string, GroupMedian> Capabilities)
{
    /// <summary>The median of <paramref name="capabilityCode"/>; null when the group has none.</summary>
    public GroupMedian? Of(string capabilityCode) => Capabilities.GetValueOrDefault(capabilityCode);

    /// <summary>The shown median of <paramref name="capabilityCode"/>; null when hidden or missing.</summary>
    public double? Shown(string capabilityCode) => Of(capabilityCode) is { Hidden: false, Median: { } m } ? m : null;

    /// <summary>True when at least one capability's median is shown.</summary>
    public bool AnyShown => Capabilities.Values.Any(m => !m.Hidden && m.Median is not null);

    /// <summary>True when at least one capability's median is hidden for having fewer than k countries.</summary>
    public bool AnyHidden => Capabilities.Values.Any(m => m.Hidden);
}
