using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Tests;

/// <summary>The 2016 MNR layout: 21 capabilities in 6 domains (3, 4, 4, 4, 4, 2).</summary>
internal static class MnrFramework
{
    public static readonly CapabilityFramework Instance = new(
    [
        new("LEADERSHIP", "Leadership", "POLICY"),
        new("RESEARCH", "Research, analysis and monitoring", "POLICY"),
        new("LEGISLATION", "Legislation", "POLICY"),
        new("LAW_ENFORCEMENT", "Dedicated law enforcement", "JUSTICE"),
        new("JUDICIARY", "Judiciary and prosecutors", "JUSTICE"),
        new("OFFENDER_MANAGEMENT", "Offender management process", "JUSTICE"),
        new("IMAGE_DATABASE", "Access to image databases", "JUSTICE"),
        new("END_TO_END", "End-to-end support", "VICTIM"),
        new("WORKFORCE", "Child protection workforce", "VICTIM"),
        new("REMEDIES", "Compensation, remedies and complaints arrangements", "VICTIM"),
        new("HELPLINE", "Child helpline", "VICTIM"),
        new("HOTLINE", "Hotline", "SOCIETAL"),
        new("EDUCATION", "Education programme", "SOCIETAL"),
        new("PARTICIPATION", "Child participation", "SOCIETAL"),
        new("OFFENDER_SUPPORT", "Offender support systems", "SOCIETAL"),
        new("TAKEDOWN", "Takedown procedures", "INDUSTRY"),
        new("INDUSTRY_REPORTING", "CSEA reporting by industry", "INDUSTRY"),
        new("INNOVATION", "Innovative solution development", "INDUSTRY"),
        new("CSR", "Corporate social responsibility", "INDUSTRY"),
        new("MEDIA", "Ethical and informed media reporting", "MEDIA"),
        new("TERMINOLOGY", "Universal terminology", "MEDIA"),
    ]);

    public static ProfileSet Set(params CapabilityProfile[] profiles) => new("2025", Instance, profiles);

    /// <summary>A profile from phases 1..4 (0 = missing).</summary>
    public static CapabilityProfile Phases(string unit, params int[] phases) =>
        new(unit, [.. phases.Select(p => p == 0 ? (double?)null : ProfileValues.FromPhase(p))]);

    /// <summary>A profile with every capability at the same phase.</summary>
    public static CapabilityProfile Uniform(string unit, int phase) => Phases(unit, [.. Enumerable.Repeat(phase, 21)]);
}
