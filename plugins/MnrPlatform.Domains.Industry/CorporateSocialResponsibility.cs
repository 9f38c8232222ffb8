using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Industry;

/// <remarks>No review question: the review covered it with innovative solution development (see IndustryPlugin).</remarks>
internal static class CorporateSocialResponsibility
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "corporate-social-responsibility",
            19,
            "Corporate social responsibility",
            Description: "Companies taking responsibility for children's safety on their services and in their operations: safety by design, clear policies, transparency about the action they take, and support for prevention.",
            WhyItMatters: "Company choices shape children's experience online. Responsible practice reduces risk at the source instead of leaving all the work to law enforcement and services.",
            new MaturityDescriptors(
                "Few companies operating in the country have policies or commitments on child sexual exploitation and abuse.",
                "Some companies, mostly large international ones, have made commitments, but local companies are not engaged.",
                "Many companies have adopted child safety policies and practices, such as those of the Voluntary Principles, and report publicly on what they do.",
                "Responsible practice is the norm across the industry, smaller companies included, with regular transparency reporting and independent review.")));
}
