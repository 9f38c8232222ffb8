using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Media;

internal static class EthicalMediaReporting
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "ethical-media-reporting",
            20,
            "Ethical and informed media reporting",
            Description: "Media coverage of child sexual exploitation and abuse that is accurate and balanced and respects the dignity and privacy of victims/survivors, supported by guidance, training and regulation.",
            WhyItMatters: "The media shape public understanding. Sensational or identifying coverage harms victims/survivors, while informed reporting raises awareness and points people to help.",
            new MaturityDescriptors(
                "There is no guidance on reporting child sexual exploitation and abuse, and coverage is often sensational or identifies victims.",
                "Guidance exists or journalists have been trained in places, but it is not widely followed or enforced.",
                "Government supports guidance, training and regulation for ethical reporting, and most major outlets follow it.",
                "Ethical reporting is the norm, upheld by self-regulation or regulation and monitored, and the media work with child protection experts to inform the public.")))
        .InPlace(
            question: "Does government support ethical, informed and balanced media reporting of child sexual exploitation and abuse?",
            finding: "{countries} {share} report government support for ethical, informed and balanced media reporting of child sexual exploitation and abuse.",
            help: "For example through guidance, training for journalists or regulation.",
            figure1Label: "Government support to ethical, informed and balanced media reporting",
            purpose: "Shows how many countries' governments act to make media coverage respectful of victims/survivors and informative for the public.",
            limitations: "Measures government support, not the quality of the coverage itself.");
}
