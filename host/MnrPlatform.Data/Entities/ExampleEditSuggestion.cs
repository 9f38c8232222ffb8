namespace MnrPlatform.Data.Entities;

/// <summary>An edit the secretariat suggests to an example; the country accepts (a new version) or declines it, like a query.</summary>
public sealed class ExampleEditSuggestion
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The example.</summary>
    public int ExampleId { get; set; }

    /// <summary>The version the suggestion was made on.</summary>
    public int OnVersion { get; set; }

    /// <summary>The suggested text, as JSON of the example's text fields (only those that change).</summary>
    public required string Proposed { get; set; }

    /// <summary>Why, in words, for the country.</summary>
    public required string Note { get; set; }

    /// <summary>Who suggested it (user name).</summary>
    public required string SuggestedBy { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset SuggestedAt { get; set; }

    /// <summary>Null while open; true when accepted, false when declined.</summary>
    public bool? Accepted { get; set; }

    /// <summary>Who answered it.</summary>
    public string? ResolvedBy { get; set; }

    /// <summary>When it was answered (UTC).</summary>
    public DateTimeOffset? ResolvedAt { get; set; }
}
