namespace MnrPlatform.Analytics.Peers;

/// <summary>One suggested partner for a request.</summary>
/// <param name="PartnerCode">The suggested unit.</param>
/// <param name="Score">The weighted sum of the parts.</param>
/// <param name="Parts">What the score is made of.</param>
/// <param name="Explanation">The parts in plain English, addressed to the requester.</param>
public sealed record PeerSuggestion(string PartnerCode, double Score, PeerScoreParts Parts, string Explanation);

/// <summary>The suggestions for one request.</summary>
/// <param name="Request">The request.</param>
/// <param name="Suggestions">The partners, best first (score, then unit code).</param>
/// <param name="EligibleCount">How many units are at least one phase ahead on the capability.</param>
/// <param name="LeftOutForCap">How many better-ranked eligible partners were passed over because they reached the batch cap.</param>
public sealed record PeerSuggestionList(PeerRequest Request, IReadOnlyList<PeerSuggestion> Suggestions, int EligibleCount, int LeftOutForCap);
