using MnrPlatform.Analytics.Distances;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Analytics.Peers;

/// <summary>
/// Suggests peer-learning partners for a unit on a capability where it is weak. A partner is
/// eligible when it is at least one phase ahead there (or has it in place where the requester does
/// not); a requester with no value on the capability gets no suggestions, since nobody can be shown
/// to be ahead. Eligible partners are scored by <see cref="PeerWeights"/> and ranked by score, then
/// unit code (ordinal). Clusters enter only through the same-stable-cluster bonus, which counts only
/// when the shared cluster's bootstrap stability reached the run's threshold; units in unstable
/// clusters are still eligible. This is an internal tool for the secretariat: consent and
/// disclosure are the web layer's concern.
/// </summary>
public sealed class PeerMatcher
{
    private readonly ProfileSet profiles;
    private readonly GowerDistance gower;
    private readonly PeerSuggestionOptions options;
    private readonly UnitAttributes?[] attributes;
    private readonly int[] stableCluster;

    /// <summary>Prepares suggestions over one round's profiles.</summary>
    /// <param name="profiles">The profiles of the round.</param>
    /// <param name="attributes">Region and income group per unit; units left out get no bonus.</param>
    /// <param name="clusters">A clustering run of the same round, for the stable-cluster bonus; null for none.</param>
    /// <param name="options">Count, cap and weights; null for the defaults.</param>
    public PeerMatcher(ProfileSet profiles, IEnumerable<UnitAttributes> attributes, ClusterRun? clusters = null, PeerSuggestionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(attributes);
        this.profiles = profiles;
        this.options = options ?? new PeerSuggestionOptions();
        Validate(this.options);
        gower = new GowerDistance(profiles.Framework);
        var byCode = attributes.ToDictionary(a => a.UnitCode, StringComparer.Ordinal);
        this.attributes = [.. profiles.UnitCodes.Select(code => byCode.GetValueOrDefault(code))];
        stableCluster = StableClusters(profiles, clusters);
    }

    /// <summary>The codes of the capabilities where a unit is below the top (phase 4, or in place), in framework order.</summary>
    /// <param name="unitCode">The unit.</param>
    public IReadOnlyList<string> GapsOf(string unitCode)
    {
        var unit = UnitIndex(unitCode);
        return [.. Enumerable.Range(0, profiles.Framework.Count)
            .Where(c => profiles.ValueOf(unit, c) is { } v && ProfileValues.IsGap(v))
            .Select(c => profiles.Framework.Capabilities[c].Code)];
    }

    /// <summary>The best partners for one request (no cap applies to a single request).</summary>
    /// <param name="request">The requesting unit and capability.</param>
    public PeerSuggestionList Suggest(PeerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ranked = Ranked(request);
        return new PeerSuggestionList(request, [.. ranked.Take(options.Count)], ranked.Count, 0);
    }

    /// <summary>
    /// Suggestions for a batch of requests, proposing no partner for more than
    /// <see cref="PeerSuggestionOptions.MaxPerPartner"/> of them. Requests are served in rounds, one
    /// partner per request per round (in order of unit code, then capability), so a popular partner is
    /// shared out across requesters rather than taken by the first ones. A list can come out shorter
    /// than the count when the cap leaves too few partners; <see cref="PeerSuggestionList.LeftOutForCap"/> says so.
    /// </summary>
    /// <param name="requests">The requests; repeats are served once.</param>
    public IReadOnlyList<PeerSuggestionList> SuggestForAll(IEnumerable<PeerRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var ordered = requests.Distinct()
            .OrderBy(r => UnitIndex(r.UnitCode))
            .ThenBy(r => CapabilityIndex(r.CapabilityCode))
            .ToList();
        var ranked = ordered.Select(Ranked).ToList();
        var chosen = ordered.Select(_ => new List<PeerSuggestion>()).ToList();
        var next = new int[ordered.Count];
        var leftOut = new int[ordered.Count];
        var proposals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var round = 0; round < options.Count; round++)
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                while (next[i] < ranked[i].Count)
                {
                    var candidate = ranked[i][next[i]++];
                    if (proposals.GetValueOrDefault(candidate.PartnerCode) >= options.MaxPerPartner)
                    {
                        leftOut[i]++;
                        continue;
                    }

                    proposals[candidate.PartnerCode] = proposals.GetValueOrDefault(candidate.PartnerCode) + 1;
                    chosen[i].Add(candidate);
                    break;
                }
            }
        }

        return [.. ordered.Select((request, i) => new PeerSuggestionList(request, chosen[i], ranked[i].Count, leftOut[i]))];
    }

    // Every eligible partner, best first.
    private List<PeerSuggestion> Ranked(PeerRequest request)
    {
        var requester = UnitIndex(request.UnitCode);
        var capability = CapabilityIndex(request.CapabilityCode);
        if (profiles.ValueOf(requester, capability) is not { } own)
        {
            return [];
        }

        var suggestions = new List<PeerSuggestion>();
        for (var partner = 0; partner < profiles.Count; partner++)
        {
            if (partner == requester || profiles.ValueOf(partner, capability) is not { } theirs || !ProfileValues.IsAtLeastOnePhaseAhead(theirs, own))
            {
                continue;
            }

            var parts = Parts(requester, partner, capability);
            suggestions.Add(new PeerSuggestion(
                profiles.UnitCodes[partner],
                parts.ScoreWith(options.Weights),
                parts,
                PeerExplanation.Write(parts, profiles.Framework.Capabilities[capability], profiles.Framework)));
        }

        return [.. suggestions.OrderByDescending(s => s.Score).ThenBy(s => s.PartnerCode, StringComparer.Ordinal)];
    }

    private PeerScoreParts Parts(int requester, int partner, int capability)
    {
        var framework = profiles.Framework;
        var context = gower.Compare(profiles.Row(requester), profiles.Row(partner), capability);
        var similar = 0;
        var requesterGaps = 0;
        var partnerGaps = 0;
        var covered = new List<string>();
        var reciprocal = new List<string>();
        for (var c = 0; c < framework.Count; c++)
        {
            if (c == capability || profiles.ValueOf(requester, c) is not { } mine || profiles.ValueOf(partner, c) is not { } theirs)
            {
                continue;
            }

            if (Math.Abs(mine - theirs) <= ProfileValues.OnePhase + ProfileValues.Tolerance)
            {
                similar++;
            }

            if (ProfileValues.IsGap(mine))
            {
                requesterGaps++;
                if (ProfileValues.IsAtLeastOnePhaseAhead(theirs, mine))
                {
                    covered.Add(framework.Capabilities[c].Code);
                }
            }

            if (ProfileValues.IsGap(theirs))
            {
                partnerGaps++;
                if (ProfileValues.IsAtLeastOnePhaseAhead(mine, theirs))
                {
                    reciprocal.Add(framework.Capabilities[c].Code);
                }
            }
        }

        var own = profiles.ValueOf(requester, capability)!.Value;
        var their = profiles.ValueOf(partner, capability)!.Value;
        return new PeerScoreParts(
            context.ComparableCount > 0 ? 1.0 - context.Distance : 0.0,
            similar,
            context.ComparableCount,
            their - own,
            ProfileValues.ToPhase(their),
            ProfileValues.ToPhase(own),
            Share(covered.Count, requesterGaps),
            covered,
            Share(reciprocal.Count, partnerGaps),
            reciprocal,
            Same(attributes[requester]?.Region, attributes[partner]?.Region),
            Same(attributes[requester]?.IncomeGroup, attributes[partner]?.IncomeGroup),
            stableCluster[requester] >= 0 && stableCluster[requester] == stableCluster[partner]);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0.0 : (double)part / whole;

    private static bool Same(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.Ordinal);

    // Each unit's cluster when that cluster is stable; −1 otherwise.
    private static int[] StableClusters(ProfileSet profiles, ClusterRun? run)
    {
        var result = Enumerable.Repeat(-1, profiles.Count).ToArray();
        if (run is null)
        {
            return result;
        }

        var stable = run.Clusters.Where(c => c.Stable).Select(c => c.Id).ToHashSet();
        foreach (var unit in run.Units)
        {
            var index = profiles.IndexOf(unit.UnitCode);
            if (index >= 0 && unit.Cluster is { } cluster && stable.Contains(cluster))
            {
                result[index] = cluster;
            }
        }

        return result;
    }

    private int UnitIndex(string unitCode) =>
        profiles.IndexOf(unitCode) is var index and >= 0 ? index : throw new ArgumentException($"Unknown unit '{unitCode}'.", nameof(unitCode));

    private int CapabilityIndex(string capabilityCode) =>
        profiles.Framework.IndexOf(capabilityCode) is var index and >= 0
            ? index
            : throw new ArgumentException($"Unknown capability '{capabilityCode}'.", nameof(capabilityCode));

    private static void Validate(PeerSuggestionOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Count, PeerSuggestionOptions.MinimumCount, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPerPartner, 1, nameof(options));
        var w = options.Weights;
        if (new[] { w.Context, w.Gain, w.OtherGapsCovered, w.Reciprocity, w.SameRegion, w.SameIncomeGroup, w.SameStableCluster }.Any(x => !(x >= 0)))
        {
            throw new ArgumentException("Weights must be non-negative.", nameof(options));
        }
    }
}
