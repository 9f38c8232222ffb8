using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Policy;

/// <remarks>
/// Not in the review's Figure 1: answers on legislation could not be aggregated across countries,
/// so the capability has no in-place row, only the items the review did publish.
/// </remarks>
internal static class Legislation
{
    private const string LegalLimitation = "Legal systems define offences differently, and a yes does not say whether every form of offending (such as grooming or live streaming) is covered.";

    public static CapabilityKit Register(DomainKit kit)
    {
        var legislation = kit
            .Capability(new CapabilityInfo(
                "legislation",
                3,
                "Legislation",
                Description: "A legal framework that criminalises all forms of child sexual exploitation and abuse, online and offline, gives investigators the powers they need, sets duties for online service providers, and protects child victims in proceedings, in line with international standards.",
                WhyItMatters: "The law defines the offences, what investigators and companies may or must do, and what rights victims have. Gaps or outdated definitions let offenders escape justice and make cross-border cooperation harder.",
                new MaturityDescriptors(
                    "Laws cover some offences against children, but online forms of exploitation and abuse are not clearly covered and no review of the legislation has started.",
                    "Gaps have been identified against international standards and law reform is being drafted or debated; some online offences, such as possession of abuse material, are already covered.",
                    "Legislation criminalises online and offline child sexual exploitation and abuse, including knowing possession of abuse material, sets investigative powers and duties for service providers, and is applied in practice.",
                    "The legal framework is reviewed regularly against new forms of offending and technology, aligned with international conventions to ease cross-border cooperation, and its application is monitored.")))
            .Item(
                "criminalises-online-csea",
                question: "Does national law criminalise child sexual exploitation and abuse committed online or facilitated by technology?",
                finding: "{countries} {share} criminalise in national law child sexual exploitation and abuse committed online or facilitated by technology.",
                help: null,
                name: "Law criminalises online child sexual exploitation and abuse",
                purpose: "Tracks the most basic legal building block of a national response.",
                limitations: LegalLimitation)
            .Item(
                "criminalises-knowing-possession",
                question: "Does national law criminalise knowingly possessing child sexual abuse material, without requiring an intent to distribute it?",
                finding: "{countries} {share} criminalise knowingly possessing child sexual abuse material, without requiring an intent to distribute it.",
                help: null,
                name: "Law criminalises knowing possession of child sexual abuse material",
                purpose: "Tracks whether possession itself is an offence, which lets investigators act on material found without proof of sharing.",
                limitations: LegalLimitation)
            .Item(
                "isp-reporting-duty",
                question: "Does national law require internet service providers to report suspected child sexual abuse material?",
                finding: "{countries} {share} require internet service providers by law to report suspected child sexual abuse material.",
                help: null,
                name: "Internet service providers required by law to report child sexual abuse material",
                purpose: "Tracks whether the law turns what service providers find into leads for law enforcement.",
                limitations: "A legal duty does not show whether providers comply or whether reports are acted on.")
            .Item(
                "laws-adequate",
                question: "Are your country's current laws adequate to address child sexual exploitation and abuse online?",
                finding: "{countries} {share} consider their current laws not adequate to address online child sexual exploitation and abuse.",
                help: "Give your own assessment; a no is useful information for law reform, not a failing.",
                name: "Laws seen as inadequate to address online child sexual exploitation and abuse",
                purpose: "Shows where countries themselves see a need for law reform; the review reported it for low- and middle-income countries. It counts the answer no, so a higher share means more perceived gaps.",
                limitations: "The respondent's view, not a legal analysis against a standard.",
                counted: AnswerCodes.No,
                indicatorItem: "laws-inadequate");

        kit.Chart(
            "legislation-by-income-group",
            "Legislation by income group",
            ChartKind.SharesByIncomeGroup,
            [
                legislation.IndicatorId("criminalises-online-csea"),
                legislation.IndicatorId("criminalises-knowing-possession"),
                legislation.IndicatorId("isp-reporting-duty"),
            ]);
        return legislation;
    }
}
