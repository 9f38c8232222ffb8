using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Societal;

internal static class ChildParticipation
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "child-participation",
            14,
            "Child participation",
            Description: "Ways for children and young people to give their ideas and to influence policy and practice on child sexual exploitation and abuse, safely and with support.",
            WhyItMatters: "Children know how they use technology and what makes them feel safe. Involving them makes policies and services fit their lives, and respects their right to be heard.",
            new MaturityDescriptors(
                "Children and young people are not consulted on policy or services in this field.",
                "Children are consulted now and then, for example on single projects, without a standing structure or feedback on what changed.",
                "Dedicated structures let children and young people contribute regularly to policy and practice, with safeguards against re-traumatising them.",
                "Participation is part of how policy is made and services are designed, diverse groups of children take part, and they see and are told how their views changed decisions.")))
        .InPlace(
            question: "Are children and young people encouraged to give their ideas and to influence policy and practice on child sexual exploitation and abuse?",
            finding: "{countries} {share} encourage children and young people to give their ideas and to influence policy and practice.",
            help: null,
            figure1Label: "Child participation",
            purpose: "Shows how many countries involve children in shaping the response.",
            limitations: "Structures for participation do not show influence on policy, which the review found hard to observe.");
}
