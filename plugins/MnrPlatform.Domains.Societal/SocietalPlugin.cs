using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Societal;

/// <summary>MNR domain 4, Societal: capabilities 12 to 15.</summary>
public sealed class SocietalPlugin : IDomainPlugin
{
    /// <inheritdoc />
    public void Configure(IDomainBuilder domain)
    {
        var kit = new DomainKit(domain, new DomainInfo(
            "societal",
            "Societal",
            "Reporting, education, children's participation and prevention work with people at risk of offending: what society does to stop abuse before it happens and to make it easy to report.",
            Order: 4));
        var hotline = ReportingHotline.Register(kit);
        EducationProgramme.Register(kit);
        ChildParticipation.Register(kit);
        OffenderSupport.Register(kit);
        kit.StandardCharts(map: hotline);
        SocietalVisualization.Register(kit);
        kit.ReportSection("Societal capabilities reach beyond the justice system: hotlines where the public reports abuse material, education, children's own participation, and support that prevents offending.");
    }
}
