using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Industry;

/// <summary>MNR domain 5, Industry: capabilities 16 to 19.</summary>
/// <remarks>
/// The 2021 review asked one question for each pair, 16 with 17 ("procedures to enable removal or
/// blocking") and 18 with 19 ("proactive industry engagement by government"). Each pair's question
/// and Figure 1 indicator sit on the first capability of the pair, whose subject the question
/// names; capabilities 17 and 19 have no review question of their own, because asking the same
/// question twice would store two answers that could disagree. They are still self-assessed.
/// </remarks>
public sealed class IndustryPlugin : IDomainPlugin
{
    /// <inheritdoc />
    public void Configure(IDomainBuilder domain)
    {
        var kit = new DomainKit(domain, new DomainInfo(
            "industry",
            "Industry",
            "What technology companies and service providers do with government: removing and reporting abuse material, developing solutions and taking responsibility for children's safety on their services.",
            Order: 5));
        var takedown = TakedownProcedures.Register(kit);
        IndustryReporting.Register(kit);
        InnovativeSolutions.Register(kit);
        CorporateSocialResponsibility.Register(kit);
        kit.StandardCharts(map: takedown);
        IndustryVisualization.Register(kit);
        kit.ReportSection("In a review round, takedown procedures are reported together with reporting by industry, and innovative solutions together with corporate social responsibility, as Framing the Future did; a self-assessment round reports each capability on its own.");
    }
}
