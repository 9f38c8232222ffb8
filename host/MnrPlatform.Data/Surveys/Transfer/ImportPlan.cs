namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// A file read for import into a round: either its problems (nothing may be applied), or its
/// validated answers with a preview of what applying would change.
/// </summary>
public sealed class ImportPlan
{
    internal ImportPlan(string roundCode, string fileName, string? sha256, TransferFormat? format, ProblemList problems, IReadOnlyList<SubmissionImport> submissions, ImportPreview? preview)
    {
        RoundCode = roundCode;
        FileName = fileName;
        Sha256 = sha256;
        Format = format;
        Problems = problems.Kept;
        ProblemCount = problems.Total;
        Submissions = submissions;
        Preview = preview;
    }

    /// <summary>The round imported into.</summary>
    public string RoundCode { get; }

    /// <summary>The file's name as given.</summary>
    public string FileName { get; }

    /// <summary>SHA-256 of the file (lower-case hex); null when it was not read (too large).</summary>
    public string? Sha256 { get; }

    /// <summary>The format the file was read as; null when it is none of them.</summary>
    public TransferFormat? Format { get; }

    /// <summary>The problems listed (at most <see cref="ImportReadOptions.MaxProblems"/>).</summary>
    public IReadOnlyList<TransferProblem> Problems { get; }

    /// <summary>Every problem found, listed or not.</summary>
    public int ProblemCount { get; }

    /// <summary>Problems found but not listed.</summary>
    public int UnlistedProblemCount => ProblemCount - Problems.Count;

    /// <summary>True when the file has no problem: it may be applied.</summary>
    public bool IsValid => ProblemCount == 0;

    /// <summary>What applying would change, computed against the store when the file was read; null when not valid.</summary>
    public ImportPreview? Preview { get; }

    /// <summary>The validated answers by submission, in file order.</summary>
    internal IReadOnlyList<SubmissionImport> Submissions { get; }

    /// <summary>The countries the file holds answers for.</summary>
    public IReadOnlyList<string> Countries => [.. Submissions.Select(s => s.Country).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

/// <summary>The validated answers of one country to one instrument.</summary>
/// <param name="Country">ISO3.</param>
/// <param name="Instrument">The instrument.</param>
internal sealed record SubmissionImport(string Country, string Instrument)
{
    /// <summary>Room for <paramref name="expectedAnswers"/> answers from the start (a million answers are not rehashed as they come).</summary>
    public SubmissionImport(string country, string instrument, int expectedAnswers)
        : this(country, instrument) => Answers = new(expectedAnswers, StringComparer.Ordinal);

    /// <summary>The answers by question id.</summary>
    public Dictionary<string, ImportedAnswer> Answers { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// One validated answer in stored form. A struct held inline in its submission's dictionary: a
/// file of a million answers then leaves a million entries, not millions of objects, for the
/// garbage collector to trace.
/// </summary>
/// <param name="QuestionId">The question.</param>
/// <param name="Value">The stored value.</param>
/// <param name="Comment">The comment (trimmed), or null.</param>
/// <param name="Evidence">The evidence link (trimmed), or null.</param>
/// <param name="Sheet">The sheet that holds it (XLSX), or null.</param>
/// <param name="Row">The row that holds it.</param>
internal readonly record struct ImportedAnswer(string QuestionId, string Value, string? Comment, string? Evidence, string? Sheet, int Row);
