using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Societal;

internal static class EducationProgramme
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "education-programme",
            13,
            "Education programme",
            Description: "A national education programme that raises awareness of child sexual exploitation and abuse, including forms facilitated by technology, among children, parents and carers, teachers and other professionals.",
            WhyItMatters: "Awareness helps children recognise risks and seek help, and helps adults notice the signs and respond. Without a national programme, messages reach few people and miss the most vulnerable.",
            new MaturityDescriptors(
                "Awareness activities are occasional and run by individual organisations; there is no national programme.",
                "A national programme or curriculum content exists, but it reaches only some schools or groups and is not evaluated.",
                "A national programme reaches children, parents and professionals across the country, including children out of school, with age-appropriate content on online risks.",
                "The programme is part of the school curriculum and of professional training, evaluated for its effect, and updated as technology and risks change.")))
        .InPlace(
            question: "Does your country have a national education programme on child sexual exploitation and abuse, including forms facilitated by technology?",
            finding: "{countries} {share} have a national education programme on child sexual exploitation and abuse, including forms facilitated by technology.",
            help: null,
            figure1Label: "National education programme",
            purpose: "Shows how many countries invest in prevention through education at national scale.",
            limitations: "Does not show the programme's reach, for example to vulnerable children who are not in school, or whether it changes behaviour.");
}
