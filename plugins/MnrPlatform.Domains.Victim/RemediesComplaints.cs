using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Victim;

internal static class RemediesComplaints
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "remedies-complaints",
            10,
            "Compensation, remedies and complaints arrangements",
            Description: "Ways for child victims/survivors to obtain justice and redress: compensation, other remedies and reparations, accessible complaints arrangements, and information for children about their rights.",
            WhyItMatters: "Recognition and redress are part of recovery. Children and their families need to know their rights and be able to use them without being harmed again.",
            new MaturityDescriptors(
                "There are no specific remedies for child victims/survivors, and children receive little information about their rights.",
                "Remedies exist in law, for example compensation through criminal or civil courts, but few children use them and information is hard to find.",
                "Child-friendly information, complaints arrangements and access to compensation or other remedies are available and used.",
                "Remedies and complaints arrangements are easy for children to use, monitored for take-up and outcomes, and improved with input from victims/survivors.")))
        .InPlace(
            question: "Does your country have arrangements for effective remedy or reparations for child victims/survivors, such as compensation, other remedies or complaints arrangements?",
            finding: "{countries} {share} have arrangements for effective remedy or reparations for child victims/survivors, such as compensation or complaints arrangements.",
            help: "Answer yes if some aspects are in place.",
            figure1Label: "Remedies and reparations",
            purpose: "Shows how many countries offer child victims/survivors some form of redress.",
            limitations: "Countries define remedy and reparation differently, so answers are not fully comparable, and some aspects in place can mean very different things.");
}
