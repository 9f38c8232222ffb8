using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Societal;

internal static class ReportingHotline
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "reporting-hotline",
            12,
            "CSEA reporting hotline",
            Description: "A hotline or online portal where the public and industry can report child sexual abuse material and online exploitation, which assesses the reports and passes them to law enforcement and service providers for action.",
            WhyItMatters: "Easy reporting gets material removed and victims found sooner. A hotline also links the country to international networks that act on material hosted abroad.",
            new MaturityDescriptors(
                "There is no dedicated way to report online child sexual abuse material; reports go to general police channels, if anywhere.",
                "A hotline or portal exists, sometimes through an international partner, but it is little known and has limited capacity to assess reports.",
                "A dedicated hotline or portal is widely known, assesses reports promptly, and works with law enforcement, industry and international hotline networks.",
                "The hotline is funded sustainably, handles reports quickly and consistently, publishes its data, and adapts to new forms of online abuse.")))
        .InPlace(
            question: "Does your country have a dedicated hotline or portal where the public or industry can report child sexual abuse material or online exploitation?",
            finding: "{countries} {share} have a dedicated hotline or portal where the public or industry can report child sexual abuse material or online exploitation.",
            help: "Distinct from a child helpline: a hotline receives reports of online material and exploitation.",
            figure1Label: "Hotline",
            purpose: "Shows how many countries give the public and industry a dedicated channel to report online child sexual abuse.",
            limitations: "Does not show how well known or resourced the hotline is, or whether its reports hold enough for law enforcement to act on.");
}
