namespace MnrPlatform.Data.Surveys.Profiles;

/// <summary>
/// Strengths and areas to look at in a country's profile: capabilities at least one phase above or
/// below its income group's shown median, and capabilities it reported not in place. A
/// self-assessment aid, not a judgement: only medians shown under the small-cell rule are compared.
/// </summary>
public static class ProfileFindings
{
    /// <summary>The phase difference from the median that makes a finding.</summary>
    public const double Threshold = 1.0;

    /// <summary>The strengths (largest difference first, then catalog order).</summary>
    public static IReadOnlyList<ProfileFinding> Strengths(CountryProfile profile, IncomeGroupMedians medians) =>
        Compared(profile, medians, FindingKind.Strength);

    /// <summary>
    /// The areas to look at: below the median (largest difference first; none without
    /// <paramref name="medians"/>), then not in place (catalog order).
    /// </summary>
    public static IReadOnlyList<ProfileFinding> AreasToLookAt(CountryProfile profile, IncomeGroupMedians? medians)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return
        [
            .. medians is null ? [] : Compared(profile, medians, FindingKind.BelowMedian),
            .. profile.Capabilities.Where(c => c.InPlace == Sdk.Content.AnswerCodes.No)
                .Select(c => new ProfileFinding(FindingKind.NotInPlace, c.DomainCode, c.CapabilityCode, c.Name, null, null)),
        ];
    }

    private static List<ProfileFinding> Compared(CountryProfile profile, IncomeGroupMedians medians, FindingKind kind)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(medians);
        var sign = kind == FindingKind.Strength ? 1 : -1;
        return [.. profile.Capabilities
            .Select(c => (Capability: c, Median: medians.Shown(c.CapabilityCode)))
            .Where(x => x.Capability.Phase is { } phase && x.Median is { } median && sign * (phase - median) >= Threshold)
            .OrderByDescending(x => sign * (x.Capability.Phase!.Value - x.Median!.Value))
            .Select(x => new ProfileFinding(kind, x.Capability.DomainCode, x.Capability.CapabilityCode, x.Capability.Name, x.Capability.Phase, x.Median))];
    }
}
