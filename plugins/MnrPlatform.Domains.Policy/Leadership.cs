using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Policy;

internal static class Leadership
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "leadership",
            1,
            "Leadership",
            Description: "A national governance mechanism that brings government, law enforcement, civil society, industry and other stakeholders together to lead and coordinate the response to online child sexual exploitation and abuse, usually backed by a national policy or strategy that assigns responsibilities.",
            WhyItMatters: "Without a lead body and a shared plan, efforts stay fragmented, gaps go unnoticed and resources do not go where they are most needed. Leadership also gives the country one clear point of contact for the international cooperation that cross-border offending requires.",
            new MaturityDescriptors(
                "Online child sexual exploitation and abuse is recognised as a problem, but no body is mandated to lead the response; coordination is informal and depends on individuals.",
                "A lead body or multi-stakeholder group has been set up or designated and work on a national policy or strategy has started, but mandates, membership and resources are incomplete.",
                "A multi-stakeholder governance mechanism meets regularly under a clear mandate and oversees a national policy or strategy that assigns responsibilities and has a budget.",
                "Governance and strategy are embedded and funded for the long term, reviewed against evidence of results, renewed as threats change, and linked to regional and international cooperation.")))
        .InPlace(
            question: "Does your country have national leadership for its response to online child sexual exploitation and abuse: a body or office with a clear mandate to lead and coordinate it?",
            finding: "{countries} {share} have national leadership for their response: a body or office with a clear mandate to lead and coordinate it.",
            help: "Answer yes if such leadership exists in practice, whatever its form (a ministry unit, commission, council or task force).",
            figure1Label: "Leadership",
            purpose: "Shows how many countries have someone clearly in charge of the national response, the starting point of the MNR.",
            limitations: "The review asked about leadership in general terms; countries may count quite different arrangements as leadership.")
        .Item(
            "multi-stakeholder-governance",
            question: "Is there a national multi-stakeholder governance mechanism, such as a committee or task force, in which government, law enforcement, civil society and industry take part?",
            finding: "{countries} {share} have a national multi-stakeholder governance mechanism, such as a committee or task force.",
            help: null,
            name: "National multi-stakeholder governance mechanism",
            purpose: "Tracks whether the response is governed jointly by the sectors whose work it depends on, as the MNR recommends.",
            limitations: "Says that a mechanism exists, not how often it meets, whom it includes or whether it works; the review called for evaluating such mechanisms.")
        .Item(
            "national-strategy",
            question: "Does your country have a national policy or strategy that addresses online child sexual exploitation and abuse, on its own or within a wider child protection or violence strategy?",
            finding: "{countries} {share} have a national policy or strategy that addresses online child sexual exploitation and abuse.",
            help: null,
            name: "National policy or strategy",
            purpose: "Tracks whether the national response is set out in an agreed policy or strategy whose objectives can be followed up.",
            limitations: "Does not tell whether the policy or strategy is funded, implemented or up to date.")
        .Item(
            "mnr-reference",
            question: "Has your country used the Model National Response as a reference, for example for policy development, as a guide for specific capabilities or to measure progress?",
            finding: "{countries} {share} have used the Model National Response as a reference, for policy development, as a guide for specific capabilities or to measure progress.",
            help: null,
            name: "Model National Response used as a reference",
            purpose: "Shows how widely countries use the MNR, to guide the Alliance's support and future versions of the framework.",
            limitations: "Light and thorough use count alike. In the 2021 review not every country answered this question.");
}
