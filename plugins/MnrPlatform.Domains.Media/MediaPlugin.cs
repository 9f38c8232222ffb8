using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Media;

/// <summary>MNR domain 6, Media and communications: capabilities 20 and 21.</summary>
public sealed class MediaPlugin : IDomainPlugin
{
    /// <inheritdoc />
    public void Configure(IDomainBuilder domain)
    {
        var kit = new DomainKit(domain, new DomainInfo(
            "media",
            "Media and communications",
            "Responsible media reporting and a shared vocabulary, so that public debate informs people without harming victims/survivors.",
            Order: 6));
        var media = EthicalMediaReporting.Register(kit);
        UniversalTerminology.Register(kit);
        kit.StandardCharts(map: media);
        MediaVisualization.Register(kit);
        kit.ReportSection("How the media report on child sexual exploitation and abuse, and the words used for it, shape how the public understands it and how victims are treated.");
    }
}
