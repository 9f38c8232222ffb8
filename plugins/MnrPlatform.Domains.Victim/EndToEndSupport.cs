using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Victim;

internal static class EndToEndSupport
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "end-to-end-support",
            8,
            "End-to-end support",
            Description: "Integrated, coordinated support for victims/survivors from first disclosure through investigation, legal proceedings and recovery, for example through case management, multidisciplinary teams or one-stop centres.",
            WhyItMatters: "Children should not have to tell their story again and again or find their own way between agencies. Joined-up support reduces trauma, helps children through the justice process and supports their recovery.",
            new MaturityDescriptors(
                "Services for victims/survivors work separately; there are no referral pathways or case management between them.",
                "Referral pathways, or a pilot multidisciplinary team or one-stop centre, exist, but coverage is limited and policies are not fully put into practice.",
                "Case management and multidisciplinary support are available in most of the country, through investigation, proceedings and recovery, including for abuse with an online element.",
                "Integrated support is available nationwide, funded for the long term, quality-assured, and shaped by what victims/survivors say about it.")))
        .InPlace(
            question: "Does your country provide integrated support for victims/survivors through the investigation, legal proceedings and beyond?",
            finding: "{countries} {share} provide integrated support for victims/survivors through the investigation, legal proceedings and beyond.",
            help: "For example case management, multidisciplinary teams or one-stop centres (such as the Barnahus model).",
            figure1Label: "End-to-end support",
            purpose: "Shows how many countries support victims/survivors in a joined-up way across the whole process.",
            limitations: "Policies may exist on paper without reaching children in practice, as the review noted; the share does not measure coverage.")
        .Example(
            question: "Share an example of integrated support for victims/survivors in your country (for example a Barnahus, a one-stop centre or a multidisciplinary team).",
            help: "Optional. Say what was done, what came of it, what was hard and what others can learn. The secretariat reviews it, and it is shown beyond the secretariat only with your country's consent to the exact text.");
}
