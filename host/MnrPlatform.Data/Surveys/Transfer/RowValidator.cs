using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Checks rows against the round, the countries and the plugins' questionnaires; values go through
/// <see cref="AnswerRules"/> (the questionnaire's own rules). Every problem of a row is listed;
/// rows without problems are collected by submission.
/// </summary>
internal sealed class RowValidator
{
    private const int MemoPerQuestion = 256;
    private readonly FrameworkCatalog catalog;
    private readonly string roundCode;
    private readonly IReadOnlyList<string> instruments;
    private readonly IReadOnlySet<string> countries;
    private readonly ProblemList problems;
    private readonly Dictionary<string, Questionnaire> questionnaires = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> questionCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<QuestionInfo, Dictionary<string, AnswerCheck>> memo = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(Questionnaire, string), QuestionInfo> resolved = new(new ReferenceTupleComparer());
    private readonly Dictionary<(string Country, string Instrument), SubmissionImport> submissions = [];
    private SubmissionImport? last;

    // The last row's round, country and instrument strings and what they were found to be: the
    // readers share one string per distinct text, and a file sorted by country repeats them for
    // thousands of rows, so a reference comparison replaces the trimming and hashing.
    private string? lastRound;
    private (string Raw, string Code)? lastCountry;
    private (string Raw, string Code, Questionnaire Questionnaire)? lastInstrument;
    private string? lastEvidence;

    /// <param name="catalog">The active plugins' catalog.</param>
    /// <param name="roundCode">The round the rows must name.</param>
    /// <param name="roundQuestionnaires">The round's questionnaire of each of its instruments (frozen once it opened).</param>
    /// <param name="countries">The known countries.</param>
    /// <param name="problems">Where problems go.</param>
    public RowValidator(FrameworkCatalog catalog, string roundCode, IReadOnlyDictionary<string, Questionnaire> roundQuestionnaires, IReadOnlySet<string> countries, ProblemList problems)
    {
        this.catalog = catalog;
        this.roundCode = roundCode;
        instruments = [.. roundQuestionnaires.Keys.Order(StringComparer.Ordinal)];
        this.countries = countries;
        this.problems = problems;
        foreach (var instrument in instruments)
        {
            questionnaires[instrument] = roundQuestionnaires[instrument];
            questionCounts[instrument] = questionnaires[instrument].Questions.Count();
        }
    }

    /// <summary>The valid rows by submission, in the order first seen.</summary>
    public List<SubmissionImport> Submissions { get; } = [];

    /// <summary>Checks a round named once for many rows (JSON, template sheet).</summary>
    public void CheckDeclaredRound(string round, TransferLocation location)
    {
        if (!string.Equals(round.Trim(), roundCode, StringComparison.Ordinal))
        {
            problems.Add(location, WrongRound(round));
        }
    }

    public void Check(TransferRow row)
    {
        var before = problems.Total;
        if (row.Round is { } round && !ReferenceEquals(round, lastRound))
        {
            if (string.Equals(round.Trim(), roundCode, StringComparison.Ordinal))
            {
                lastRound = round;
            }
            else
            {
                problems.Add(row.At(TransferField.Round), WrongRound(round));
            }
        }

        var country = Country(row);
        var (instrument, questionnaire) = Instrument(row);
        var question = Question(row, questionnaire);
        var answer = question is null ? null : Value(row, question);
        var comment = Note(row, TransferField.Comment, row.Comment, isLink: false);
        var evidence = row.Evidence is { } link && ReferenceEquals(link, lastEvidence) ? link.Trim() : Note(row, TransferField.Evidence, row.Evidence, isLink: true);
        if (problems.Total != before || country is null || questionnaire is null || question is null || answer is null)
        {
            return;
        }

        if (evidence is not null)
        {
            lastEvidence = row.Evidence;
        }

        var submission = Submission(country, instrument);
        if (!submission.Answers.TryAdd(question.Id, new ImportedAnswer(question.Id, answer, comment, evidence, row.Location.Sheet, row.Location.Row ?? 0)))
        {
            problems.Add(row.Location, $"duplicate: the same country, instrument and question as {Describe(submission.Answers[question.Id], row.Location.RowWord)}");
        }
    }

    private (string Code, Questionnaire? Questionnaire) Instrument(TransferRow row)
    {
        if (lastInstrument is { } known && ReferenceEquals(known.Raw, row.Instrument))
        {
            return (known.Code, known.Questionnaire);
        }

        var instrument = row.Instrument.Trim();
        var questionnaire = questionnaires.GetValueOrDefault(instrument);
        if (questionnaire is null)
        {
            problems.Add(row.At(TransferField.Instrument), instrument.Length == 0
                ? "the instrument is empty"
                : $"instrument \"{instrument}\" is not in round {roundCode} (its instruments: {string.Join(", ", instruments)})");
        }
        else
        {
            lastInstrument = (row.Instrument, instrument, questionnaire);
        }

        return (instrument, questionnaire);
    }

    private string WrongRound(string round) =>
        $"the round is \"{round.Trim()}\" but the file is being imported into round {roundCode}";

    private string? Country(TransferRow row)
    {
        if (lastCountry is { } known && ReferenceEquals(known.Raw, row.Country))
        {
            return known.Code;
        }

        var code = row.Country.Trim();
        var found = countries.Contains(code) ? code : code.ToUpperInvariant();
        if (countries.Contains(found))
        {
            lastCountry = (row.Country, found);
            return found;
        }

        problems.Add(row.At(TransferField.Country), code.Length == 0
            ? "the country is empty"
            : $"unknown country \"{code}\" (use the ISO 3166-1 alpha-3 code, e.g. KEN)");
        return null;
    }

    private QuestionInfo? Question(TransferRow row, Questionnaire? questionnaire)
    {
        if (questionnaire is not null && resolved.TryGetValue((questionnaire, row.Question), out var known))
        {
            return known;
        }

        var id = row.Question.Trim();
        if (catalog.Question(id) is not { } owned)
        {
            problems.Add(row.At(TransferField.Question), id.Length == 0 ? "the question is empty" : $"unknown question \"{id}\" (no active plugin asks it)");
            return null;
        }

        if (questionnaire is not null && questionnaire.Question(id) is null)
        {
            problems.Add(row.At(TransferField.Question), $"question \"{id}\" is not asked in instrument {questionnaire.InstrumentCode} (it is asked in: {string.Join(", ", owned.Item.Instruments)})");
            return null;
        }

        if (owned.Item.Kind == QuestionKind.Example)
        {
            problems.Add(row.At(TransferField.Question), $"question \"{id}\" {AnswerRules.ExampleIsNoAnswer}");
            return null;
        }

        if (questionnaire is not null && resolved.Count < 1 << 16)
        {
            resolved[(questionnaire, row.Question)] = owned.Item;
        }

        return owned.Item;
    }

    private string? Value(TransferRow row, QuestionInfo question)
    {
        var check = Normalize(question, row.Value);
        if (check.IsBlank)
        {
            problems.Add(row.At(TransferField.Value), "the value is empty (leave the row out to leave the question unanswered: an import never deletes answers)");
        }
        else if (check.Error is { } error)
        {
            problems.Add(row.At(TransferField.Value), error);
        }

        return check.Value;
    }

    // AnswerRules.Normalize, remembered per question for coded kinds (a million rows repeat a few values).
    private AnswerCheck Normalize(QuestionInfo question, string raw)
    {
        if (question.Kind == QuestionKind.Text)
        {
            return AnswerRules.Normalize(question, raw);
        }

        if (!memo.TryGetValue(question, out var known))
        {
            memo[question] = known = new Dictionary<string, AnswerCheck>(StringComparer.Ordinal);
        }

        if (!known.TryGetValue(raw, out var check))
        {
            check = AnswerRules.Normalize(question, raw);
            if (known.Count < MemoPerQuestion)
            {
                known[raw] = check;
            }
        }

        return check;
    }

    private string? Note(TransferRow row, TransferField field, string? text, bool isLink)
    {
        if (AnswerRules.CheckNote(text, isLink) is { } reason)
        {
            problems.Add(row.At(field), reason);
            return null;
        }

        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private SubmissionImport Submission(string country, string instrument)
    {
        if (last is not null && ReferenceEquals(last.Country, country) && ReferenceEquals(last.Instrument, instrument))
        {
            return last;
        }

        if (!submissions.TryGetValue((country, instrument), out var submission))
        {
            submission = new SubmissionImport(country, instrument, questionCounts[instrument]);
            submissions.Add((country, instrument), submission);
            Submissions.Add(submission);
        }

        return last = submission;
    }

    private static string Describe(ImportedAnswer first, string rowWord) =>
        first.Sheet is null ? $"{rowWord} {first.Row}" : $"sheet {first.Sheet}, {rowWord} {first.Row}";

    // Questions already resolved, by questionnaire and the very id string of the row: the readers
    // share one string per distinct id, so a file's million rows hash a reference, not the text.
    private sealed class ReferenceTupleComparer : IEqualityComparer<(Questionnaire, string)>
    {
        public bool Equals((Questionnaire, string) x, (Questionnaire, string) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((Questionnaire, string) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
