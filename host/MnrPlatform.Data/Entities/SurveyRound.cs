namespace MnrPlatform.Data.Entities;

/// <summary>A survey round, e.g. "2021 review": who is asked what, and when.</summary>
public sealed class SurveyRound
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>Stable code used in URLs, files and the command line, e.g. <c>2021-review</c>.</summary>
    public required string Code { get; set; }

    /// <summary>Display name.</summary>
    public required string Name { get; set; }

    /// <summary>The year the round refers to.</summary>
    public int Year { get; set; }

    /// <summary>Draft, open, closed or published.</summary>
    public RoundStatus Status { get; set; }

    /// <summary>The World Bank classification (fiscal year) income breakdowns of this round use.</summary>
    public int IncomeClassificationYear { get; set; }

    /// <summary>
    /// Set when the round holds synthetic data (the demo dataset): the label every page, chart and
    /// export showing the round must carry. Null for real data.
    /// </summary>
    public string? SyntheticDataLabel { get; set; }

    /// <summary>
    /// Grows by one whenever the round's validated answers change (a validation, a reopening, an
    /// import into validated submissions): cached indicator results of an older version are stale.
    /// </summary>
    public long ResultsVersion { get; set; }

    /// <summary>When the round was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the round was first opened (UTC); null while it is a draft.</summary>
    public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>When answers are due (UTC); null: no deadline. A country may have its own (<see cref="RoundParticipant.DeadlineOverride"/>).</summary>
    public DateTimeOffset? Deadline { get; set; }

    /// <summary>
    /// The round whose answers pre-fill this round's questionnaires when it opens ("carried forward");
    /// null: the questionnaires start empty.
    /// </summary>
    public string? CarryForwardFrom { get; set; }

    /// <summary>The instruments of the round (codes used by the plugins' questions).</summary>
    public List<RoundInstrument> Instruments { get; } = [];

    /// <summary>The countries invited to each instrument.</summary>
    public List<RoundParticipant> Participants { get; } = [];

    /// <summary>The countries' submissions.</summary>
    public List<Submission> Submissions { get; } = [];
}
