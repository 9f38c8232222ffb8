using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Victim;

/// <summary>MNR domain 3, Victim: capabilities 8 to 11.</summary>
public sealed class VictimPlugin : IDomainPlugin
{
    /// <inheritdoc />
    public void Configure(IDomainBuilder domain)
    {
        var kit = new DomainKit(domain, new DomainInfo(
            "victim",
            "Victim",
            "Support for child victims/survivors from first disclosure through investigation, legal proceedings and recovery, and a place for every child to turn for help.",
            Order: 3));
        EndToEndSupport.Register(kit);
        ChildProtectionWorkforce.Register(kit);
        RemediesComplaints.Register(kit);
        var helpline = ChildHelpline.Register(kit);
        kit.StandardCharts(map: helpline);
        VictimVisualization.Register(kit);
        kit.ReportSection("This domain follows a child from first disclosure through investigation and legal proceedings to recovery. A service in place does not show whether there are services to refer children to, or staff who know the online risks.");
    }
}
