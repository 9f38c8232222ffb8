namespace MnrPlatform.Data.Demo;

/// <summary>One country's generated answers to one instrument.</summary>
internal sealed record GeneratedSubmission(string CountryIso3, string Instrument, IReadOnlyDictionary<string, string> Answers);

/// <summary>A generated demo round, ready to store.</summary>
internal sealed record GeneratedRound(DemoRoundSpec Round, IReadOnlyList<string> Instruments, IReadOnlyList<GeneratedSubmission> Submissions);
