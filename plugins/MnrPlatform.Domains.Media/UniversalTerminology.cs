using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Media;

internal static class UniversalTerminology
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "universal-terminology",
            21,
            "Universal terminology",
            Description: "Use of agreed, universally understood terms for child sexual exploitation and abuse, such as those of the Terminology Guidelines, in law, policy, practice and the media.",
            WhyItMatters: "Shared terms avoid confusion between agencies and countries, help align legislation, and replace language that minimises abuse or blames victims.",
            new MaturityDescriptors(
                "Terminology is not discussed; terms vary between agencies and some are misleading or harmful.",
                "Agreed terminology has been discussed, for example around the Terminology Guidelines, but few organisations use it.",
                "Agreed terminology has been adopted in policy and guidance and is used by most agencies and in training.",
                "Agreed terminology is used consistently in law, policy, practice and the media, and is reviewed as new forms of abuse emerge.")))
        .InPlace(
            question: "Has your country discussed, debated or adopted universally agreed terminology on child sexual exploitation and abuse, such as the Terminology Guidelines?",
            finding: "{countries} {share} have discussed, debated or adopted universally agreed terminology, such as the Terminology Guidelines.",
            help: null,
            figure1Label: "Debate, discussion or adoption of universally agreed terminology",
            purpose: "Shows how many countries are working towards a shared vocabulary for these crimes.",
            limitations: "Discussion and adoption count alike; a yes does not mean the terms are used consistently.");
}
