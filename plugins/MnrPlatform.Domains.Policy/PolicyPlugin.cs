using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Policy;

/// <summary>MNR domain 1, Policy and governance: capabilities 1 to 3.</summary>
public sealed class PolicyPlugin : IDomainPlugin
{
    /// <inheritdoc />
    public void Configure(IDomainBuilder domain)
    {
        var kit = new DomainKit(domain, new DomainInfo(
            "policy",
            "Policy and governance",
            "National leadership, evidence and law that give the response to online child sexual exploitation and abuse its direction, its mandate and its legal basis.",
            Order: 1));
        var leadership = Leadership.Register(kit);
        ResearchMonitoring.Register(kit);
        Legislation.Register(kit);
        kit.StandardCharts(map: leadership);
        PolicyVisualization.Register(kit);
        kit.ReportSection("Leadership, research and legislation give a national response its direction and its legal basis. In a review round legislation is reported question by question: the review found that answers on national laws could not be added up into one \"in place\" figure.");
    }
}
