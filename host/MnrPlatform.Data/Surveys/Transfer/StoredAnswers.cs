using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>A stored answer as the import compares it.</summary>
internal sealed record StoredAnswer(long Id, string Value, string? Comment, string? Evidence, string? SetBy, DateTimeOffset? SetAt);

/// <summary>A stored submission with its answers by question id.</summary>
internal sealed record StoredSubmission(int Id, SubmissionStatus Status)
{
    public Dictionary<string, StoredAnswer> Answers { get; } = new(StringComparer.Ordinal);
}

/// <summary>A round's stored submissions and answers, loaded once for comparing a whole file.</summary>
internal static class StoredAnswers
{
    public static async Task<Dictionary<(string Country, string Instrument), StoredSubmission>> LoadAsync(MnrDbContext db, int roundId, CancellationToken cancellationToken)
    {
        var submissions = await db.Submissions.AsNoTracking()
            .Where(s => s.RoundId == roundId)
            .Select(s => new { s.Id, s.CountryIso3, s.InstrumentCode, s.Status })
            .ToListAsync(cancellationToken);
        var byId = submissions.ToDictionary(s => s.Id, s => new StoredSubmission(s.Id, s.Status));
        var answers = db.Answers.AsNoTracking()
            .Where(a => db.Submissions.Any(s => s.Id == a.SubmissionId && s.RoundId == roundId))
            .Select(a => new { a.SubmissionId, a.QuestionId, Stored = new StoredAnswer(a.Id, a.Value, a.Comment, a.EvidenceUrl, a.SetBy, a.SetAt) })
            .AsAsyncEnumerable();
        await foreach (var answer in answers.WithCancellation(cancellationToken))
        {
            byId[answer.SubmissionId].Answers[answer.QuestionId] = answer.Stored;
        }

        return submissions.ToDictionary(s => (s.CountryIso3, s.InstrumentCode), s => byId[s.Id]);
    }
}

/// <summary>A file's answers compared with the stored ones, per submission.</summary>
internal sealed class ImportDiff
{
    private ImportDiff(List<SubmissionDiff> submissions) => Submissions = submissions;

    public IReadOnlyList<SubmissionDiff> Submissions { get; }

    public static ImportDiff Compute(IReadOnlyList<SubmissionImport> imports, Dictionary<(string Country, string Instrument), StoredSubmission> stored)
    {
        var diffs = new List<SubmissionDiff>(imports.Count);
        foreach (var import in imports)
        {
            var existing = stored.GetValueOrDefault((import.Country, import.Instrument));
            var diff = new SubmissionDiff(import, existing);
            diffs.Add(diff);
            if (existing is null || existing.Answers.Count == 0)
            {
                diff.AllAdded();
                continue;
            }

            foreach (var answer in import.Answers.Values)
            {
                if (existing.Answers.GetValueOrDefault(answer.QuestionId) is not { } old)
                {
                    diff.Add(answer);
                }
                else if (old.Value == answer.Value && old.Comment == answer.Comment && old.Evidence == answer.Evidence)
                {
                    diff.Unchanged++;
                }
                else
                {
                    diff.Changed.Add((answer, old));
                }
            }
        }

        return new ImportDiff(diffs);
    }

    public ImportPreview Preview()
    {
        var countries = Submissions
            .GroupBy(s => s.Import.Country, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountryPreview(g.Key, g.Select(s => s.Counts).Aggregate(new AnswerCounts(0, 0, 0), AnswerCounts.Add), g.Count(s => s.Stored is null)))
            .ToList();
        return new ImportPreview(
            countries,
            countries.Select(c => c.Answers).Aggregate(new AnswerCounts(0, 0, 0), AnswerCounts.Add),
            Submissions.Count(s => s.Stored is null),
            Submissions.Count(s => s.IsTouched && s.Stored?.Status == SubmissionStatus.Validated));
    }
}

/// <summary>One submission's part of an <see cref="ImportDiff"/>.</summary>
internal sealed class SubmissionDiff(SubmissionImport import, StoredSubmission? stored)
{
    public SubmissionImport Import { get; } = import;

    public StoredSubmission? Stored { get; } = stored;

    private List<ImportedAnswer>? added = [];

    /// <summary>The answers not stored yet: all of the file's for a submission without stored answers (not copied).</summary>
    public IReadOnlyCollection<ImportedAnswer> Added => added ?? (IReadOnlyCollection<ImportedAnswer>)Import.Answers.Values;

    /// <summary>Adds an answer not stored yet.</summary>
    public void Add(ImportedAnswer answer) => (added ?? throw new InvalidOperationException("Every answer is already added.")).Add(answer);

    /// <summary>Marks every answer of the file's submission as not stored yet.</summary>
    public void AllAdded() => added = null;

    public List<(ImportedAnswer New, StoredAnswer Old)> Changed { get; } = [];

    public int Unchanged { get; set; }

    public bool IsTouched => Added.Count > 0 || Changed.Count > 0;

    public AnswerCounts Counts => new(Added.Count, Changed.Count, Unchanged);
}
