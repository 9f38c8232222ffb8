using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Industry;

internal static class TakedownProcedures
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "takedown-procedures",
            16,
            "Takedown procedures",
            Description: "Procedures, whether self-regulatory, legislative or judicial, that get child sexual abuse material removed or blocked quickly, at home and in cooperation with other countries.",
            WhyItMatters: "Each time material is viewed or shared, the child in it is harmed again. Fast removal and blocking limit that harm and make material harder to find.",
            new MaturityDescriptors(
                "There is no procedure to have child sexual abuse material removed or blocked; action depends on individual requests to companies.",
                "Informal or voluntary arrangements exist with some providers, but there is no agreed framework and removal is slow or inconsistent.",
                "A formal framework of agreements, regulation or court orders lets material be removed or blocked promptly, and most providers take part.",
                "Removal and blocking are fast and consistent, results are monitored and published, and the country works with others on classifying material and on removal across borders.")))
        .InPlace(
            question: "Does your country have procedures to enable the removal or blocking of child sexual abuse material?",
            finding: "{countries} {share} have procedures to enable the removal or blocking of child sexual abuse material.",
            help: "Self-regulatory, legislative and judicial procedures all count.",
            figure1Label: "Procedures to enable removal or blocking of child sexual abuse content",
            purpose: "Shows how many countries can get child sexual abuse material taken down or blocked. It stands for MNR capabilities 16 and 17 together, as in the review.",
            limitations: "Does not show how fast or complete removal is, nor whether industry reports what it finds (capability 17).");
}
