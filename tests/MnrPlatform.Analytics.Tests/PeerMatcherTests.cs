using MnrPlatform.Analytics.Peers;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Analytics.Tests;

public sealed class PeerMatcherTests
{
    private static readonly string[] Codes = [.. MnrFramework.Instance.Capabilities.Select(c => c.Code)];

    [Fact]
    public void Never_suggests_a_partner_that_is_not_at_least_one_phase_ahead()
    {
        var set = RandomSet(units: 60, seed: 1);
        var matcher = new PeerMatcher(set, []);

        foreach (var unit in set.UnitCodes)
        {
            foreach (var capability in Codes)
            {
                var list = matcher.Suggest(new PeerRequest(unit, capability));
                var own = set.ValueOf(set.IndexOf(unit), Array.IndexOf(Codes, capability));
                var eligible = set.UnitCodes.Count(other => other != unit
                    && own is { } mine
                    && set.ValueOf(set.IndexOf(other), Array.IndexOf(Codes, capability)) is { } theirs
                    && theirs - mine > 0.33);

                Assert.Equal(eligible, list.EligibleCount);
                Assert.Equal(Math.Min(5, eligible), list.Suggestions.Count);
                Assert.All(list.Suggestions, s => Assert.True(
                    set.ValueOf(set.IndexOf(s.PartnerCode), Array.IndexOf(Codes, capability)) - own > 0.33));
            }
        }
    }

    [Fact]
    public void Eligibility_is_one_phase_ahead_or_in_place_against_not()
    {
        var framework = new CapabilityFramework(
        [
            new("PHASED", "Phased capability", "D1"),
            new("YESNO", "Yes/no capability", "D1", CapabilityScale.InPlace),
            new("OTHER", "Other capability", "D2"),
        ]);
        var set = new ProfileSet("r", framework,
        [
            new("REQ", [ProfileValues.FromPhase(2), ProfileValues.FromInPlace(false), 0.5]),
            new("SAME", [ProfileValues.FromPhase(2), ProfileValues.FromInPlace(false), 0.5]),
            new("ONEUP", [ProfileValues.FromPhase(3), ProfileValues.FromInPlace(true), 0.5]),
            new("TOP", [ProfileValues.FromPhase(4), ProfileValues.FromInPlace(true), 0.5]),
            new("BEHIND", [ProfileValues.FromPhase(1), ProfileValues.FromInPlace(false), 0.5]),
            new("MISSING", [null, null, 0.5]),
        ]);
        var matcher = new PeerMatcher(set, []);

        var phased = matcher.Suggest(new PeerRequest("REQ", "PHASED"));
        var yesNo = matcher.Suggest(new PeerRequest("REQ", "YESNO"));

        Assert.Equal(["TOP", "ONEUP"], phased.Suggestions.Select(s => s.PartnerCode));
        Assert.Equal(["ONEUP", "TOP"], yesNo.Suggestions.Select(s => s.PartnerCode));
        Assert.All(yesNo.Suggestions, s => Assert.Contains("has it in place where you do not", s.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void A_requester_without_a_value_on_the_capability_gets_no_suggestions()
    {
        var set = MnrFramework.Set(MnrFramework.Phases("REQ", [0, .. Enumerable.Repeat(2, 20)]), MnrFramework.Uniform("TOP", 4));

        var list = new PeerMatcher(set, []).Suggest(new PeerRequest("REQ", "LEADERSHIP"));

        Assert.Empty(list.Suggestions);
        Assert.Equal(0, list.EligibleCount);
    }

    [Fact]
    public void The_explanation_and_parts_state_the_actual_numbers()
    {
        // Everything at phase 2 except: LEADERSHIP (asked) 1 vs 3; HELPLINE 1 vs 4; HOTLINE 2 vs 4;
        // EDUCATION 4 vs 2; JUDICIARY missing for the requester. 19 other capabilities are comparable;
        // 16 are within one phase. Requester gaps among them: 18 (all but EDUCATION), partner covers 2.
        // Partner gaps: 17 (all but HELPLINE, HOTLINE), requester fills 1.
        var requester = Profile("REQ", ("LEADERSHIP", 1), ("HELPLINE", 1), ("HOTLINE", 2), ("EDUCATION", 4), ("JUDICIARY", 0));
        var partner = Profile("PAR", ("LEADERSHIP", 3), ("HELPLINE", 4), ("HOTLINE", 4), ("EDUCATION", 2));
        var matcher = new PeerMatcher(
            MnrFramework.Set(requester, partner),
            [new("REQ", "EAP", "LMIC"), new("PAR", "EAP", "HIC")]);

        var suggestion = Assert.Single(matcher.Suggest(new PeerRequest("REQ", "LEADERSHIP")).Suggestions);

        Assert.Equal(
            "similar on 16 of 19 other capabilities; at phase 3 where you are at 1; also strong in Child helpline, Hotline; "
            + "could learn from you on Education programme; same region",
            suggestion.Explanation);
        var parts = suggestion.Parts;
        Assert.Equal((16, 19, 3, 1), (parts.SimilarCapabilities, parts.ComparableCapabilities, parts.PartnerPhase, parts.RequesterPhase));
        Assert.Equal(2.0 / 3, parts.Gain, 12);
        Assert.Equal(2.0 / 18, parts.OtherGapsCovered, 12);
        Assert.Equal(1.0 / 17, parts.Reciprocity, 12);
        // Gower without LEADERSHIP: VICTIM 1/4 (HELPLINE 1 of 4), SOCIETAL (2/3 + 2/3)/4, others 0; over 6 domains.
        Assert.Equal(1 - ((0.25 + (1.0 / 3)) / 6), parts.ContextSimilarity, 12);
        Assert.Equal((true, false, false), (parts.SameRegion, parts.SameIncomeGroup, parts.SameStableCluster));
        var w = new PeerWeights();
        var expected = (w.Context * parts.ContextSimilarity) + (w.Gain * 2.0 / 3) + (w.OtherGapsCovered * 2.0 / 18)
            + (w.Reciprocity * 1.0 / 17) + w.SameRegion;
        Assert.Equal(expected, suggestion.Score, 12);
    }

    [Fact]
    public void Long_name_lists_are_cut_to_three()
    {
        var requester = Profile("REQ", ("LEADERSHIP", 1), ("HELPLINE", 1), ("HOTLINE", 1), ("EDUCATION", 1), ("MEDIA", 1), ("CSR", 1));
        var partner = Profile("PAR", ("LEADERSHIP", 4), ("HELPLINE", 4), ("HOTLINE", 4), ("EDUCATION", 4), ("MEDIA", 4), ("CSR", 4));

        var suggestion = new PeerMatcher(MnrFramework.Set(requester, partner), []).Suggest(new PeerRequest("REQ", "LEADERSHIP")).Suggestions[0];

        Assert.Contains("also strong in Child helpline, Hotline, Education programme and 2 more", suggestion.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Ties_are_broken_by_unit_code_and_repeated_calls_agree()
    {
        var twin = Profile("B", ("LEADERSHIP", 4));
        var set = MnrFramework.Set(
            Profile("REQ", ("LEADERSHIP", 1)), twin with { UnitCode = "C" }, twin, twin with { UnitCode = "A" }, Profile("D", ("LEADERSHIP", 3)));
        var matcher = new PeerMatcher(set, []);

        var first = matcher.Suggest(new PeerRequest("REQ", "LEADERSHIP"));
        var second = matcher.Suggest(new PeerRequest("REQ", "LEADERSHIP"));

        Assert.Equal(["A", "B", "C", "D"], first.Suggestions.Select(s => s.PartnerCode));
        Assert.Equal(first.Suggestions.Select(s => (s.PartnerCode, s.Score, s.Explanation)), second.Suggestions.Select(s => (s.PartnerCode, s.Score, s.Explanation)));
    }

    [Fact]
    public void A_batch_proposes_no_partner_more_often_than_the_cap_and_shares_the_best_out()
    {
        var set = RandomSet(units: 40, seed: 2);
        var matcher = new PeerMatcher(set, [], options: new PeerSuggestionOptions { Count = 3, MaxPerPartner = 2 });
        var requests = set.UnitCodes.SelectMany(unit => matcher.GapsOf(unit).Take(2).Select(capability => new PeerRequest(unit, capability))).ToList();

        var lists = matcher.SuggestForAll(requests);

        var proposals = lists.SelectMany(l => l.Suggestions).CountBy(s => s.PartnerCode).ToList();
        Assert.All(proposals, p => Assert.True(p.Value <= 2));
        Assert.Contains(lists, l => l.LeftOutForCap > 0);
        // A list is full, or every eligible partner was either proposed or passed over for the cap.
        Assert.All(lists, l => Assert.True(l.Suggestions.Count == 3 || l.Suggestions.Count + l.LeftOutForCap == l.EligibleCount));
        Assert.Equal(requests.Count, lists.Count);
        Assert.Equal(
            lists.Select(l => l.Suggestions.Select(s => s.PartnerCode).ToList()),
            matcher.SuggestForAll(Enumerable.Reverse(requests)).Select(l => l.Suggestions.Select(s => s.PartnerCode).ToList()));
    }

    [Fact]
    public void A_popular_partner_is_shared_across_requesters_in_rounds()
    {
        // TOP is everyone's first choice (identical elsewhere, three phases ahead on LEADERSHIP). With a cap
        // of 2, three requesters share the partners out one round at a time, in order of unit code.
        var set = MnrFramework.Set(
            Profile("R1", ("LEADERSHIP", 1)), Profile("R2", ("LEADERSHIP", 1)), Profile("R3", ("LEADERSHIP", 1)),
            Profile("TOP", ("LEADERSHIP", 4)), Profile("MID1", ("LEADERSHIP", 3)), Profile("MID2", ("LEADERSHIP", 3)), MnrFramework.Uniform("MID3", 3));
        var matcher = new PeerMatcher(set, [], options: new PeerSuggestionOptions { Count = 3, MaxPerPartner = 2 });

        var lists = matcher.SuggestForAll([new("R3", "LEADERSHIP"), new("R1", "LEADERSHIP"), new("R2", "LEADERSHIP")]);

        Assert.Equal(["R1", "R2", "R3"], lists.Select(l => l.Request.UnitCode));
        // Each requester ranks TOP, MID3, MID1, MID2. Round 1: R1 TOP, R2 TOP, R3 MID3 (TOP full).
        // Round 2: R1 MID3, R2 MID1 (MID3 full), R3 MID1. Round 3: R1 MID2 (MID1 full), R2 MID2, R3 nothing left.
        Assert.Equal(["TOP", "MID3", "MID2"], lists[0].Suggestions.Select(s => s.PartnerCode));
        Assert.Equal(["TOP", "MID1", "MID2"], lists[1].Suggestions.Select(s => s.PartnerCode));
        Assert.Equal(["MID3", "MID1"], lists[2].Suggestions.Select(s => s.PartnerCode));
        Assert.Equal([1, 1, 2], lists.Select(l => l.LeftOutForCap));
        Assert.All(lists, l => Assert.Equal(4, l.EligibleCount));
    }

    [Fact]
    public void The_cluster_bonus_counts_only_for_a_shared_stable_cluster()
    {
        var (set, _) = SyntheticProfiles.Planted(clusters: 2, perCluster: 12, noise: 0.1, missing: 0, seed: 3);
        var run = ClusterAnalysis.Run(set);
        var unstable = run with { Clusters = [.. run.Clusters.Select(c => c with { Stable = false })] };
        var requester = set.UnitCodes[0];
        var capability = new PeerMatcher(set, []).GapsOf(requester)[0];

        var withStable = new PeerMatcher(set, [], run).Suggest(new PeerRequest(requester, capability)).Suggestions;
        var withUnstable = new PeerMatcher(set, [], unstable).Suggest(new PeerRequest(requester, capability)).Suggestions;

        var cluster = run.ClusterOfUnit();
        Assert.All(run.Clusters, c => Assert.True(c.Stable));
        Assert.All(withStable, s => Assert.Equal(cluster[s.PartnerCode] == cluster[requester], s.Parts.SameStableCluster));
        Assert.All(withUnstable, s => Assert.False(s.Parts.SameStableCluster));
    }

    [Fact]
    public void Fewer_than_three_suggestions_per_request_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PeerMatcher(RandomSet(5, 1), [], options: new PeerSuggestionOptions { Count = 2 }));

    private static CapabilityProfile Profile(string unit, params (string Code, int Phase)[] overrides)
    {
        var phases = Enumerable.Repeat(2, Codes.Length).ToArray();
        foreach (var (code, phase) in overrides)
        {
            phases[Array.IndexOf(Codes, code)] = phase;
        }

        return MnrFramework.Phases(unit, phases);
    }

    private static ProfileSet RandomSet(int units, int seed)
    {
        var random = new Random(seed);
        return MnrFramework.Set([.. Enumerable.Range(0, units).Select(u => MnrFramework.Phases(
            SyntheticProfiles.UnitCode(u),
            [.. Enumerable.Range(0, Codes.Length).Select(_ => random.NextDouble() < 0.1 ? 0 : random.Next(1, 5))]))]);
    }
}
