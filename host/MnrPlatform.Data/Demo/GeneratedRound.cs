using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Demo;

/// <summary>A step of a generated submission's review, <see cref="Ago"/> before the data are stored.</summary>
internal sealed record GeneratedStep(string Actor, string Action, SubmissionStatus From, SubmissionStatus To, TimeSpan Ago, string? Comment = null, string? QuestionId = null);

/// <summary>One country's generated answers to one instrument: validated unless it says otherwise.</summary>
internal sealed record GeneratedSubmission(string CountryIso3, string Instrument, IReadOnlyDictionary<string, string> Answers)
{
    /// <summary>Where the submission is.</summary>
    public SubmissionStatus Status { get; init; } = SubmissionStatus.Validated;

    /// <summary>How long before storing it last changed.</summary>
    public TimeSpan Age { get; init; } = TimeSpan.Zero;

    /// <summary>Who entered the answers, when recorded.</summary>
    public string? AnsweredBy { get; init; }

    /// <summary>Its review steps, oldest first.</summary>
    public IReadOnlyList<GeneratedStep> Steps { get; init; } = [];
}

/// <summary>A generated demo round, ready to store: published unless it says otherwise.</summary>
internal sealed record GeneratedRound(DemoRoundSpec Round, IReadOnlyList<string> Instruments, IReadOnlyList<GeneratedSubmission> Submissions)
{
    /// <summary>Open, closed or published.</summary>
    public RoundStatus Status { get; init; } = RoundStatus.Published;
}
