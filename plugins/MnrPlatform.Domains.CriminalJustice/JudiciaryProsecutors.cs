using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.CriminalJustice;

internal static class JudiciaryProsecutors
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "judiciary-prosecutors",
            5,
            "Judiciary and prosecutors",
            Description: "Judges and prosecutors with the specialist knowledge and skills to handle cases of child sexual exploitation and abuse, online and offline, using child-friendly, victim-centred procedures.",
            WhyItMatters: "Cases with digital evidence and child witnesses need specialist handling. Knowledgeable prosecutors and judges bring offenders to justice more often and spare victims/survivors further harm during proceedings.",
            new MaturityDescriptors(
                "Cases go through the general justice system; judges and prosecutors have had little or no specialist training and no child-friendly procedures apply.",
                "Some judges or prosecutors have been trained and child-friendly practices exist in places, but they depend on individuals or pilot courts.",
                "Specialist prosecutors or judges handle these cases across the country, following standard child-friendly, victim-centred protocols and guidance on digital evidence.",
                "Specialisation and protocols are institutionalised, training is continuous, and case outcomes and victims'/survivors' experience of the justice system are monitored and used to improve it.")))
        .InPlace(
            question: "Do the judiciary and prosecution service have the specialist knowledge and skills needed to achieve good outcomes for victims/survivors of all forms of child sexual exploitation and abuse?",
            finding: "{countries} {share} report that their judiciary and prosecution service have the specialist knowledge and skills needed to achieve good outcomes for victims/survivors.",
            help: "Answer yes if at least some judges or prosecutors have this specialist knowledge and these skills.",
            figure1Label: "Judiciary and prosecutors",
            purpose: "Shows how many countries have a justice system equipped for these cases.",
            limitations: "Some specialist knowledge is a low bar, judged by the respondent; the share does not show whether child-friendly procedures are applied consistently.");
}
