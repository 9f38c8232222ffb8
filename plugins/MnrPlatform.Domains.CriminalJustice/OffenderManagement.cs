using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.CriminalJustice;

internal static class OffenderManagement
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "offender-management",
            6,
            "Offender management process",
            Description: "Processes to assess, supervise and rehabilitate people convicted of child sexual offences, in custody and in the community, to prevent reoffending.",
            WhyItMatters: "Most convicted offenders return to the community. Risk assessment, supervision and treatment lower the chance that they harm children again.",
            new MaturityDescriptors(
                "No specific measures exist for child sex offenders beyond the sentence itself.",
                "Some measures exist, such as registration or supervision after release, but they are not coordinated and treatment is rarely available.",
                "A multi-agency process assesses risk and supervises offenders, with rehabilitation programmes in custody and in the community.",
                "Offender management is evidence-based and evaluated, agencies share information under clear rules, and the process adapts to online offending.")))
        .InPlace(
            question: "Does your country have processes in place to manage and/or rehabilitate child sex offenders?",
            finding: "{countries} {share} have processes to manage and/or rehabilitate child sex offenders.",
            help: null,
            figure1Label: "Offender management process",
            purpose: "Shows how many countries act to prevent reoffending by convicted offenders.",
            limitations: "Any process counts, however limited. The review found that every country without one was low- or middle-income, so read the share by income group.");
}
