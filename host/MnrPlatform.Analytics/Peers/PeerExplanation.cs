using System.Globalization;
using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Peers;

/// <summary>
/// Writes a suggestion's parts as a sentence to the requester, e.g. "similar on 15 of 20 other
/// capabilities; at phase 3 where you are at 1; also strong in Child helpline, Hotline; could learn
/// from you on Education programme".
/// </summary>
internal static class PeerExplanation
{
    private const int NamesShown = 3;

    public static string Write(PeerScoreParts parts, ProfileCapability capability, CapabilityFramework framework)
    {
        var clauses = new List<string>
        {
            parts.ComparableCapabilities == 0
                ? "no other capability to compare"
                : Invariant($"similar on {parts.SimilarCapabilities} of {parts.ComparableCapabilities} other capabilities"),
            capability.Scale == CapabilityScale.InPlace
                ? "has it in place where you do not"
                : Invariant($"at phase {parts.PartnerPhase} where you are at {parts.RequesterPhase}"),
        };
        if (parts.CoveredGaps.Count > 0)
        {
            clauses.Add("also strong in " + Names(parts.CoveredGaps, framework));
        }

        if (parts.ReciprocalCapabilities.Count > 0)
        {
            clauses.Add("could learn from you on " + Names(parts.ReciprocalCapabilities, framework));
        }

        if (parts.SameRegion)
        {
            clauses.Add("same region");
        }

        if (parts.SameIncomeGroup)
        {
            clauses.Add("same income group");
        }

        if (parts.SameStableCluster)
        {
            clauses.Add("same stable cluster");
        }

        return string.Join("; ", clauses);
    }

    private static string Names(IReadOnlyList<string> codes, CapabilityFramework framework)
    {
        var names = codes.Take(NamesShown).Select(code => framework.Capabilities[framework.IndexOf(code)].Name);
        var shown = string.Join(", ", names);
        return codes.Count > NamesShown ? Invariant($"{shown} and {codes.Count - NamesShown} more") : shown;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
