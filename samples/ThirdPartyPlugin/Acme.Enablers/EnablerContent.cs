using MnrPlatform.Sdk.Content;

namespace Acme.Enablers;

/// <summary>One enabler: its capability and its yes/no review items.</summary>
/// <param name="Capability">The capability, with its four phase descriptions.</param>
/// <param name="Review">The review questions; each gets an indicator.</param>
internal sealed record Enabler(CapabilityInfo Capability, IReadOnlyList<ReviewItem> Review);

/// <summary>A yes/no review question and the metadata sheet of its indicator.</summary>
/// <param name="Item">The item code, the last part of the question and indicator ids.</param>
/// <param name="Question">The question.</param>
/// <param name="Help">Guidance for the respondent.</param>
/// <param name="IndicatorName">The indicator's short name.</param>
/// <param name="Finding">How the review report words its finding: {countries} and {share} are filled in by the host.</param>
/// <param name="Purpose">Why the indicator is published.</param>
/// <param name="Limitations">What the indicator does not say.</param>
internal sealed record ReviewItem(
    string Item,
    LocalizedText Question,
    LocalizedText? Help,
    LocalizedText IndicatorName,
    LocalizedText Finding,
    LocalizedText Purpose,
    string Limitations);

/// <summary>The domain's content, written for this sample.</summary>
internal static class EnablerContent
{
    /// <summary>Appended to every review indicator's limitations.</summary>
    public const string SelfReportedCaveat =
        "Answers come from government respondents and are not checked independently; " +
        "read the share together with how many countries answered, and never to rank named countries.";

    public static IReadOnlyList<Enabler> All { get; } =
    [
        new(
            new CapabilityInfo(
                "sustainable-resourcing",
                0,
                "Resources and funding",
                Description: "Money, staff and equipment for preventing and responding to online child sexual exploitation and abuse, planned in public budgets and committed for longer than a single project.",
                WhyItMatters: "Helplines, specialist police units and victim services close when a grant ends. Capabilities last only when someone is paying for them next year as well.",
                new MaturityDescriptors(
                    "Work depends on short grants from donors or on the goodwill of individual agencies; nobody knows what the response costs.",
                    "Some agencies have their own budget lines for the work, but amounts change from year to year and large gaps remain.",
                    "The national plan is costed, core services are funded from the public budget for several years, and donors fill agreed gaps.",
                    "Funding follows evidence of need, is protected across budget cycles, and its use and results are reported openly.")),
            [
                new(
                    "budget-line",
                    "Does the national budget set aside money specifically for tackling online child sexual exploitation and abuse?",
                    "A line or programme in the budget of any ministry or agency counts; money inside a general child protection budget does not.",
                    "Dedicated budget allocation",
                    "{countries} {share} set aside money in the national budget specifically for tackling online child sexual exploitation and abuse.",
                    "Shows how many countries fund the response from their own budget rather than leaving it to donors.",
                    "Says nothing about the size of the allocation or whether it is spent."),
                new(
                    "multi-year",
                    "Is funding for the core services of the national response committed for more than one year at a time?",
                    "Core services include a helpline, a specialist police capacity and support for victims/survivors.",
                    "Multi-year funding for core services",
                    "{countries} {share} commit funding for core services for more than one year at a time.",
                    "Shows how many countries give core services the stability to keep trained staff and plan ahead.",
                    "A commitment on paper can still be cut; the question does not ask whether past commitments were kept."),
            ]),
        new(
            new CapabilityInfo(
                "multi-sector-collaboration",
                0,
                "Multi-sector collaboration",
                Description: "Day-to-day working arrangements that let government, law enforcement, the justice system, social services, schools, technology companies and civil society act on cases and plans together.",
                WhyItMatters: "No single agency sees the whole of a child's case. Abuse that starts on a platform and ends in a courtroom needs people from many sectors who know each other, share what they may and agree who does what.",
                new MaturityDescriptors(
                    "Agencies work on their own; contacts between sectors depend on individuals.",
                    "A coordination group meets, but industry or civil society take little part and agreements are informal.",
                    "Written protocols set out roles, referral routes and information sharing between sectors, and they are used in practice.",
                    "Collaboration is routine and reviewed: joint training, shared data and regular learning from cases improve how sectors work together.")),
            [
                new(
                    "standing-group",
                    "Does a standing group bring together government, law enforcement, technology companies and civil society to work on online child sexual exploitation and abuse?",
                    "The group should meet regularly and have terms of reference; a one-off conference does not count.",
                    "Standing multi-sector group",
                    "{countries} {share} have a standing group of government, law enforcement, technology companies and civil society.",
                    "Shows how many countries have a place where all the sectors involved plan and solve problems together.",
                    "A group can exist without the authority or resources to act; the question does not judge how well it works."),
                new(
                    "information-sharing",
                    "Are there written agreements or protocols that let agencies share information about individual cases with each other?",
                    "For example between police, social services, health and schools, within the limits of data protection law.",
                    "Case information-sharing protocols",
                    "{countries} {share} have written protocols that let agencies share information about individual cases.",
                    "Shows how many countries have removed a common barrier to coordinated support for a child.",
                    "Protocols may be in place but little known or used by front-line staff."),
            ]),
        new(
            new CapabilityInfo(
                "reporting-environment",
                0,
                "Reporting environment",
                Description: "The conditions that make it easy and safe for children, families, professionals and companies to report suspected online child sexual exploitation and abuse, and that make reports lead somewhere.",
                WhyItMatters: "Most abuse is never reported. People report when they know where to go, trust that they will be protected and believe that something will happen as a result.",
                new MaturityDescriptors(
                    "Few people know where to report; channels are scattered and reports often go unanswered.",
                    "Reporting channels exist and are promoted now and then, but children and professionals are unsure how to use them or fear the consequences.",
                    "Well-known channels suited to children are in place, people who report in good faith are protected, and reports are passed on to the right services.",
                    "Reporting is trusted and easy everywhere; the country tracks what happens to reports, learns from them and tells the public what changed.")),
            [
                new(
                    "known-channel",
                    "Is there a reporting channel for suspected online child sexual exploitation and abuse that is publicised nationally and can be used by children?",
                    "A hotline, a helpline, a police portal or an app all count, if children can use it without an adult.",
                    "Child-friendly reporting channel",
                    "{countries} {share} have a nationally publicised reporting channel that children can use.",
                    "Shows how many countries give children and the public a clear place to report.",
                    "A channel can be publicised and still unknown to many children, especially those without internet access."),
                new(
                    "reporter-protection",
                    "Does the law protect people and organisations who report suspected abuse in good faith from legal or professional consequences?",
                    null,
                    "Legal protection for reporters",
                    "{countries} {share} protect in law people who report suspected abuse in good faith.",
                    "Shows how many countries remove a reason not to report.",
                    "Protection in law may not be known to those who need it, and the question does not cover protection from retaliation in the community."),
            ]),
    ];
}
