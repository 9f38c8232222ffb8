using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Victim;

internal static class ChildHelpline
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "child-helpline",
            11,
            "Child helpline",
            Description: "A national helpline, free and open to children and young people, that listens, advises and refers them to services, including on online sexual exploitation and abuse.",
            WhyItMatters: "A helpline is often the first place a child turns. It connects children to help quickly and shows where services are missing.",
            new MaturityDescriptors(
                "No national child helpline exists, or one operates only locally or part-time.",
                "A national helpline operates, but with limited hours, little specialist training on online harm and weak links to services.",
                "A free national helpline is easy to reach, its staff are trained on online sexual exploitation and abuse, and it refers children to services through agreed pathways.",
                "The helpline is funded sustainably, reachable around the clock through the channels children use, quality-assured, and its data informs national planning.")))
        .InPlace(
            question: "Does your country have a national child helpline?",
            finding: "{countries} {share} have a national child helpline.",
            help: "A support service for children and young people, run by government or by a non-governmental organisation. Not the hotline for reporting abuse material (see the Societal domain).",
            figure1Label: "Child helpline",
            purpose: "Shows how many countries give children a national place to turn for help.",
            limitations: "A helpline does not mean there are services to refer children to; the review noted missing local services and helpline staff without knowledge of online risks.");
}
