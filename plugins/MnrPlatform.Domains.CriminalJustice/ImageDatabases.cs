using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.CriminalJustice;

/// <remarks>
/// The Figure 1 row ("access to image database") has its own question, apart from the two
/// databases the review also counted (ICSE and national), so each published number reads one
/// question. A country with access to either database answers yes to the first.
/// </remarks>
internal static class ImageDatabases
{
    public static CapabilityKit Register(DomainKit kit)
    {
        var imageDatabases = kit
            .Capability(new CapabilityInfo(
                "image-databases",
                7,
                "Access to image databases",
                Description: "Access for law enforcement to databases of child sexual abuse images and videos, INTERPOL's International Child Sexual Exploitation (ICSE) database and, where one exists, a national database, to identify victims and avoid duplicated work.",
                WhyItMatters: "Comparing seized material with known images lets investigators find new victims quickly, see links between cases and countries, and avoid examining the same material twice.",
                new MaturityDescriptors(
                    "Investigators have no access to an image database; material is examined case by case.",
                    "Connection to INTERPOL's ICSE database is being set up or is used only occasionally, through another agency or country; there is no national database.",
                    "Trained investigators use ICSE routinely, and a national database or an agreed process feeds new material into it.",
                    "National and international databases are interoperable and kept current, contributions to ICSE are regular, and their use for victim identification is monitored.")))
            .InPlace(
                question: "Do your country's law enforcement agencies have access to a child sexual abuse image database (INTERPOL's ICSE database or a national database) for victim identification?",
                finding: "{countries} {share} give their law enforcement agencies access to a child sexual abuse image database (INTERPOL's ICSE database or a national one) for victim identification.",
                help: "Answer yes if investigators can use either database.",
                figure1Label: "Access to image database",
                purpose: "Shows how many countries can use image databases to identify victims.",
                limitations: "Any database counts; the ICSE and national database indicators say which. Access does not mean the database is used routinely.")
            .Item(
                "icse-connected",
                question: "Is your country connected to INTERPOL's International Child Sexual Exploitation (ICSE) database?",
                finding: "{countries} {share} are connected to INTERPOL's International Child Sexual Exploitation (ICSE) database.",
                help: null,
                name: "Connected to INTERPOL's ICSE database",
                purpose: "Tracks participation in the international victim identification database; the review found almost all unconnected countries were low- or middle-income, so read it by income group.",
                limitations: "Being connected says nothing about how often the database is used or how many officers can use it.")
            .Item(
                "national-database",
                question: "Does your country have a national database of child sexual abuse images and videos?",
                finding: "{countries} {share} have a national database of child sexual abuse images and videos.",
                help: null,
                name: "National image database",
                purpose: "Tracks national capacity to hold and compare the material found in domestic investigations.",
                limitations: "A national database is not needed in every context; where there are several, keeping them interoperable and current matters more than their number.");

        kit.Chart(
            "image-databases-by-income-group",
            "Access to image databases by income group",
            ChartKind.SharesByIncomeGroup,
            [imageDatabases.IndicatorId("icse-connected"), imageDatabases.IndicatorId("national-database")]);
        return imageDatabases;
    }
}
