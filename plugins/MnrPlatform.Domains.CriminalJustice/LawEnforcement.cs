using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.CriminalJustice;

internal static class LawEnforcement
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "law-enforcement",
            4,
            "Dedicated law enforcement",
            Description: "Law enforcement with an explicit national remit to respond to child sexual exploitation and abuse, including forms facilitated by technology: trained investigators, digital forensic and victim identification capacity, and channels for international cooperation.",
            WhyItMatters: "Online offending is technical, high in volume and often crosses borders. Specialised, well-equipped and well-supported officers are needed to identify victims, investigate offenders and work with partners abroad.",
            new MaturityDescriptors(
                "Offences are handled by general police units; no unit or officer has an explicit remit, and there is little specialist training or equipment.",
                "A unit or focal point with an explicit remit exists, but it is small, under-resourced or limited to the capital, and training is occasional.",
                "A dedicated, trained unit with digital forensic and victim identification capacity works nationwide, cooperates internationally, and has measures to protect its officers' well-being.",
                "Dedicated capability is funded and staffed sustainably, training is systematic and keeps pace with new offending, performance is reviewed, and the unit contributes to international operations.")))
        .InPlace(
            question: "Does your country have law enforcement capability with an explicit remit to respond to child sexual exploitation and abuse, including forms facilitated by technology?",
            finding: "{countries} {share} have law enforcement capability with an explicit remit to respond to child sexual exploitation and abuse, including forms facilitated by technology.",
            help: null,
            figure1Label: "Law enforcement capability",
            purpose: "Shows how many countries have police capacity dedicated to these crimes, the core of the criminal justice response.",
            limitations: "Any explicit remit counts, from a single officer to a national centre; the review found such units often understaffed in low- and middle-income countries, which the share does not show.");
}
