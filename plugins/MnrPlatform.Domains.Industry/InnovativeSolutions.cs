using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Industry;

internal static class InnovativeSolutions
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "innovative-solutions",
            18,
            "Innovative solution development",
            Description: "Government and industry working together on technology and other solutions that prevent, detect and disrupt online child sexual exploitation and abuse.",
            WhyItMatters: "Offenders adopt new technology quickly. Developing tools together, such as detection of known material or safety by design, helps the response keep pace.",
            new MaturityDescriptors(
                "Government has little or no contact with industry on online child sexual exploitation and abuse.",
                "Government engages some companies from time to time, for example after incidents or on single initiatives.",
                "Government engages industry regularly and proactively, encouraging the development and use of solutions, for example through the Voluntary Principles or joint forums.",
                "Lasting government-industry partnerships develop, share and evaluate solutions, include smaller local companies, and contribute to international efforts.")))
        .InPlace(
            question: "Does government engage industry and proactively encourage innovative solution development and corporate social responsibility on online child sexual exploitation and abuse?",
            finding: "{countries} {share} report that government engages industry and proactively encourages innovative solutions and corporate social responsibility.",
            help: null,
            figure1Label: "Proactive industry engagement by government",
            purpose: "Shows how many countries have government working with industry on solutions and responsible practice. It stands for MNR capabilities 18 and 19 together, as in the review.",
            limitations: "Engagement may be limited to a few large companies; the share does not show what the engagement achieves.");
}
