using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Victim;

internal static class ChildProtectionWorkforce
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "child-protection-workforce",
            9,
            "Child protection workforce",
            Description: "A skilled, specialist workforce of social workers, health and other professionals who are trained, coordinated and available to identify and support child victims/survivors of sexual exploitation and abuse, including its online and international dimensions.",
            WhyItMatters: "Support is only as good as the people who give it. Professionals need the skills and the time to recognise abuse, including abuse online, and to respond in a child-centred way.",
            new MaturityDescriptors(
                "Few professionals are trained in child protection; the social work profession is small or still emerging.",
                "A child protection workforce exists but is thinly spread, with little training on sexual exploitation and abuse or its online forms.",
                "A trained, coordinated workforce is available in most areas, with training on online abuse and clear roles in multi-agency work.",
                "Workforce planning, accredited training, supervision and well-being support keep enough specialised staff in place everywhere, and their skills are updated as technology changes.")))
        .InPlace(
            question: "Does your country have a skilled, specialist workforce that is trained, coordinated and available to support victims/survivors of child sexual exploitation and abuse?",
            finding: "{countries} {share} have a skilled, specialist workforce trained, coordinated and available to support victims/survivors.",
            help: null,
            figure1Label: "Child protection workforce",
            purpose: "Shows how many countries have the professionals needed to support victims/survivors.",
            limitations: "Does not show the size of the workforce, or gaps in expertise on the online and international aspects of abuse, which the review found in many countries.");
}
