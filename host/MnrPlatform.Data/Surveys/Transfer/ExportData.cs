namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>One stored answer as exports write it.</summary>
/// <param name="Country">ISO3.</param>
/// <param name="Instrument">The instrument.</param>
/// <param name="Question">The question id.</param>
/// <param name="Value">The stored value.</param>
/// <param name="Comment">The comment, if any.</param>
/// <param name="Evidence">The evidence link, if any.</param>
public sealed record ExportedAnswer(string Country, string Instrument, string Question, string Value, string? Comment, string? Evidence);

/// <summary>What an export writes: the round, its synthetic-data label (when it has one) and the answers in order.</summary>
/// <param name="RoundCode">The round.</param>
/// <param name="SyntheticDataLabel">The label synthetic data must carry; null for real data.</param>
/// <param name="Answers">The answers, by country, instrument and question.</param>
internal sealed record ExportData(string RoundCode, string? SyntheticDataLabel, IReadOnlyList<ExportedAnswer> Answers)
{
    /// <summary>The label on one line, as a note ("# …").</summary>
    public string? LabelNote => SyntheticDataLabel is { } label ? "# " + label.ReplaceLineEndings(" ") : null;
}
