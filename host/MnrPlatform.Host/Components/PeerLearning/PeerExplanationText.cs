using Microsoft.Extensions.Localization;
using MnrPlatform.Analytics.Peers;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>
/// Why a partner is suggested, addressed to the requester, in the request's language: Analytics' own
/// explanation is English, so the page writes the same clauses from the score's parts.
/// </summary>
internal static class PeerExplanationText
{
    private const int NamesShown = 3;

    /// <summary>E.g. "similar on 15 of 20 other capabilities; at phase 3 where you are at 1; also strong in Child helpline".</summary>
    public static string Write(IStringLocalizer<PeerLearningText> l, PeerScoreParts parts, CapabilityScale scale, Func<string, string> capabilityName)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var clauses = new List<string>
        {
            parts.ComparableCapabilities == 0
                ? l["Explain.NoOther"]
                : l["Explain.Similar", ShownFormat.Number(parts.SimilarCapabilities), ShownFormat.Number(parts.ComparableCapabilities)],
            scale == CapabilityScale.InPlace
                ? l["Explain.InPlace"]
                : l["Explain.Phase", parts.PartnerPhase, parts.RequesterPhase],
        };
        if (parts.CoveredGaps.Count > 0)
        {
            clauses.Add(l["Explain.AlsoStrong", Names(l, parts.CoveredGaps, capabilityName)]);
        }

        if (parts.ReciprocalCapabilities.Count > 0)
        {
            clauses.Add(l["Explain.Reciprocal", Names(l, parts.ReciprocalCapabilities, capabilityName)]);
        }

        if (parts.SameRegion)
        {
            clauses.Add(l["Explain.Region"]);
        }

        if (parts.SameIncomeGroup)
        {
            clauses.Add(l["Explain.Income"]);
        }

        if (parts.SameStableCluster)
        {
            clauses.Add(l["Explain.Cluster"]);
        }

        return string.Join(l["Common.ItemSeparator"].Value, clauses);
    }

    private static string Names(IStringLocalizer<PeerLearningText> l, IReadOnlyList<string> codes, Func<string, string> capabilityName)
    {
        var shown = string.Join(l["Common.ListSeparator"].Value, codes.Take(NamesShown).Select(code => BidiText.Isolate(capabilityName(code))));
        return codes.Count > NamesShown ? l["Explain.More", shown, codes.Count - NamesShown] : shown;
    }
}
