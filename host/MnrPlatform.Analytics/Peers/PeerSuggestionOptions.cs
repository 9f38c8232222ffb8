namespace MnrPlatform.Analytics.Peers;

/// <summary>How many partners to suggest, how often one partner may be proposed, and the score weights.</summary>
public sealed record PeerSuggestionOptions
{
    /// <summary>The smallest <see cref="Count"/> allowed: a list offers at least this many partners when that many are eligible.</summary>
    public const int MinimumCount = 3;

    /// <summary>The number of partners suggested per request (at least <see cref="MinimumCount"/>).</summary>
    public int Count { get; init; } = 5;

    /// <summary>In a batch, the most requests one partner is proposed for.</summary>
    public int MaxPerPartner { get; init; } = 3;

    /// <summary>The weights of the score's parts.</summary>
    public PeerWeights Weights { get; init; } = new();
}
