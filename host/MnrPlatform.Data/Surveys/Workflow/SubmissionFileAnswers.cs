using MnrPlatform.Core.Access;
using MnrPlatform.Data.Surveys.Transfer;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>What a file of answers for one submission did: its problems (nothing saved), or how many answers it held.</summary>
/// <param name="Problems">The problems listed, each with its file, sheet, row and column; empty when saved.</param>
/// <param name="ProblemCount">Every problem found, listed or not.</param>
/// <param name="Answers">How many answers the file held (0 when refused).</param>
public sealed record SubmissionFileResult(IReadOnlyList<TransferProblem> Problems, int ProblemCount, int Answers)
{
    /// <summary>True when the answers were saved.</summary>
    public bool Saved => ProblemCount == 0;
}

/// <summary>
/// Saves a file of answers (CSV, XLSX long or template, JSON — as <c>mnr import</c> reads them)
/// into ONE submission, for the API: the file is checked by the importer's rules as a whole, then
/// written through <see cref="SubmissionService.SaveAsync"/>, so a focal point may send its own
/// country's open submission exactly as the questionnaire page lets it. All or nothing.
/// </summary>
public sealed class SubmissionFileAnswers(AnswerImporter importer, SubmissionService submissions)
{
    /// <summary>Reads <paramref name="content"/> and saves its answers into <paramref name="key"/>.</summary>
    /// <exception cref="AccessDeniedException">The scope may not change this country, or the file holds a row of a country the scope may not change (the message names the row).</exception>
    /// <exception cref="SubmissionStateException">The submission cannot be changed now (e.g. submitted, validated, round closed).</exception>
    /// <exception cref="KeyNotFoundException">The round, instrument or country does not exist.</exception>
    public async Task<SubmissionFileResult> SaveAsync(AccessScope scope, SubmissionKey key, Stream content, string fileName, ImportReadOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(key);
        scope.DemandWrite(key.CountryIso3);
        var plan = await importer.ReadAsync(content, fileName, key.RoundCode, options, cancellationToken);
        if (!plan.IsValid)
        {
            return new SubmissionFileResult(plan.Problems, plan.ProblemCount, 0);
        }

        var rowWord = plan.Format == TransferFormat.Json ? "answer" : "row";
        var problems = new ProblemList(options?.MaxProblems ?? new ImportReadOptions().MaxProblems);
        var inputs = new Dictionary<string, AnswerInput>(StringComparer.Ordinal);
        var rows = new Dictionary<string, TransferLocation>(StringComparer.Ordinal);
        foreach (var submission in plan.Submissions)
        {
            var elsewhere = submission.Country != key.CountryIso3 || submission.Instrument != key.InstrumentCode;
            foreach (var answer in submission.Answers.Values.OrderBy(a => a.Sheet, StringComparer.Ordinal).ThenBy(a => a.Row))
            {
                var at = new TransferLocation(fileName, answer.Sheet, answer.Row, RowWord: rowWord);
                if (!elsewhere)
                {
                    inputs[answer.QuestionId] = new AnswerInput(answer.Value, answer.Comment, answer.Evidence);
                    rows[answer.QuestionId] = at;
                }
                else if (!scope.CanWrite(submission.Country))
                {
                    throw new AccessDeniedException($"{at.At("country")}: {scope.Actor.Name} may not change the answers of {submission.Country}; this upload is for {key.CountryIso3}.");
                }
                else
                {
                    problems.Add(at.At(submission.Country != key.CountryIso3 ? "country" : "instrument"),
                        $"the answer is for {submission.Country}, {submission.Instrument}, but this upload is for {key.CountryIso3}, {key.InstrumentCode}");
                }
            }
        }

        if (problems.Any)
        {
            return new SubmissionFileResult(problems.Kept, problems.Total, 0);
        }

        var refused = await submissions.SaveAsync(scope, key, inputs, cancellationToken);
        foreach (var (questionId, reason) in refused)
        {
            problems.Add(rows.TryGetValue(questionId, out var at) ? at.At("value") : new TransferLocation(fileName), reason);
        }

        return problems.Any ? new SubmissionFileResult(problems.Kept, problems.Total, 0) : new SubmissionFileResult([], 0, inputs.Count);
    }
}
