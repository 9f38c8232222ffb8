using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Societal;

internal static class OffenderSupport
{
    public static CapabilityKit Register(DomainKit kit) => kit
        .Capability(new CapabilityInfo(
            "offender-support",
            15,
            "Offender support systems",
            Description: "Support that prevents harm to children by working with convicted offenders, with people who have a sexual interest in children, and with young people displaying harmful sexual behaviour.",
            WhyItMatters: "Preventing abuse before it happens protects children. Confidential help for people at risk of offending, and early work with young people, can stop abuse that other measures only respond to.",
            new MaturityDescriptors(
                "No support is available for people at risk of offending or for young people displaying harmful sexual behaviour.",
                "Some support exists, often a single project or only for convicted offenders, and stigma makes new services hard to set up.",
                "Support services, such as confidential helplines and treatment programmes, are available to people at risk of offending and to young people displaying harmful sexual behaviour, and referral routes are known.",
                "A range of prevention services is available nationally, funded for the long term, evaluated, and backed by public understanding of their role in protecting children.")))
        .InPlace(
            question: "Does your country have support systems for convicted child sex offenders, people with a sexual interest in children, or young people displaying sexually harmful behaviour?",
            finding: "{countries} {share} have support systems for convicted child sex offenders, people with a sexual interest in children, or young people displaying sexually harmful behaviour.",
            help: "Answer yes if support exists for at least one of these groups.",
            figure1Label: "Offender support systems",
            purpose: "Shows how many countries invest in preventing offending, not only in responding to it.",
            limitations: "Support for any one of the three groups counts; the share does not show which are reached. The review found that every country without support systems was low- or middle-income.");
}
