using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Industry;

/// <remarks>No review question: the review covered it with takedown procedures (see IndustryPlugin).</remarks>
internal static class IndustryReporting
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "industry-reporting",
            17,
            "CSEA reporting by industry",
            Description: "Arrangements by which online service providers and other companies report the child sexual abuse material and exploitation they find on their services to law enforcement, a hotline or a recognised reporting body.",
            WhyItMatters: "Companies see much of the material that circulates online. Reporting what they find gives law enforcement the leads to identify victims and offenders.",
            new MaturityDescriptors(
                "Companies are not expected to report what they find, and there is no channel or agreement to do so.",
                "Some companies report voluntarily, often through international channels, but national arrangements are informal.",
                "Clear legal or agreed duties and channels exist for companies to report, and reports reach national law enforcement in a usable form.",
                "Reporting is consistent across the industry, of good quality and acted on promptly, and government and industry review it together.")));
}
