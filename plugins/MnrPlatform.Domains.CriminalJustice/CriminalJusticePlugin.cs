using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.CriminalJustice;

/// <summary>MNR domain 2, Criminal justice: capabilities 4 to 7.</summary>
public sealed class CriminalJusticePlugin : IDomainPlugin
{
    /// <inheritdoc />
    public void Configure(IDomainBuilder domain)
    {
        var kit = new DomainKit(domain, new DomainInfo(
            "criminal-justice",
            "Criminal justice",
            "Specialist police, prosecutors and courts, offender management and access to image databases, so that offences are investigated, victims identified and offenders held to account.",
            Order: 2));
        LawEnforcement.Register(kit);
        JudiciaryProsecutors.Register(kit);
        OffenderManagement.Register(kit);
        var imageDatabases = ImageDatabases.Register(kit);
        kit.StandardCharts(map: imageDatabases);
        CriminalJusticeVisualization.Register(kit);
        kit.ReportSection("Criminal justice covers who investigates and prosecutes, how offenders are managed, and the image databases that help identify victims. A capability in place says nothing about its reach or quality.");
    }
}
