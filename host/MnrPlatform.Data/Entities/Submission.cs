using MnrPlatform.Core.Access;

namespace MnrPlatform.Data.Entities;

/// <summary>One country's answers to one instrument of a round.</summary>
public sealed class Submission : ICountryOwned
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The round.</summary>
    public int RoundId { get; set; }

    /// <summary>The answering country (ISO 3166-1 alpha-3).</summary>
    public required string CountryIso3 { get; set; }

    /// <summary>The instrument answered.</summary>
    public required string InstrumentCode { get; set; }

    /// <summary>Draft, submitted, queried, resubmitted or validated.</summary>
    public SubmissionStatus Status { get; set; }

    /// <summary>When the submission last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The answers.</summary>
    public List<Answer> Answers { get; } = [];

    /// <summary>The review steps, oldest first when ordered by <see cref="SubmissionEvent.Id"/>.</summary>
    public List<SubmissionEvent> Events { get; } = [];
}
