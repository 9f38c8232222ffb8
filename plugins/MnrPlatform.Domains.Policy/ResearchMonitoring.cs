using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Policy;

internal static class ResearchMonitoring
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "research-monitoring",
            2,
            "Research, analysis and monitoring",
            Description: "National research, data collection and monitoring on child sexual exploitation and abuse, including forms facilitated by technology, that measure its scale and nature and follow the national response.",
            WhyItMatters: "Evidence is needed to set baselines and targets, to direct resources and to see whether the response works. Without it, policy rests on assumptions and progress cannot be shown.",
            new MaturityDescriptors(
                "Little national data or research exists; what is known comes from international studies, single projects or individual cases.",
                "Some research or administrative data is collected, for example by police, hotlines or helplines, but it is scattered, irregular and not used for planning.",
                "A national research and monitoring plan sets baselines and indicators, brings data from several sectors together and informs policy; ethical safeguards for research involving children are in place.",
                "Regular, ethically sound research and data collection track trends and evaluate interventions over time, are published, and are used to revise the national strategy.")))
        .InPlace(
            question: "Does your country have national research, analysis and monitoring of child sexual exploitation and abuse, including forms facilitated by technology?",
            finding: "{countries} {share} have national research, analysis and monitoring of child sexual exploitation and abuse, including forms facilitated by technology.",
            help: "Answer yes if any national research, data analysis or monitoring exists, even if limited in scope.",
            figure1Label: "Research, monitoring and analysis",
            purpose: "Shows how many countries have an evidence base to set baselines and follow their response.",
            limitations: "Any research or monitoring counts, from a single study to a standing system; the share says nothing about its quality, frequency or use.");
}
