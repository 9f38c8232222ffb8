using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Audit;

using MnrPlatform.Data.Surveys.Instruments;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>What to export.</summary>
/// <param name="RoundCode">The round.</param>
/// <param name="Format">The format.</param>
/// <param name="CountryIso3">Only this country; required for <see cref="TransferFormat.Template"/>.</param>
/// <param name="InstrumentCode">Only this instrument; required for <see cref="TransferFormat.Template"/>.</param>
public sealed record ExportRequest(string RoundCode, TransferFormat Format, string? CountryIso3 = null, string? InstrumentCode = null)
{
    /// <summary>
    /// The language of a <see cref="TransferFormat.Template"/>'s labels, headers and instructions (English,
    /// French, Spanish or Arabic; any other: English). Codes, ids and answers are the same in every language,
    /// and the other formats are invariant.
    /// </summary>
    public CultureInfo? Language { get; init; }
}

/// <summary>How far an export is.</summary>
/// <param name="Written">Answers written so far.</param>
/// <param name="Total">Answers to write.</param>
public sealed record ExportProgress(int Written, int Total);

/// <summary>What an export wrote.</summary>
/// <param name="Answers">Answers written.</param>
/// <param name="Countries">Countries whose answers were written.</param>
/// <param name="SyntheticDataLabel">The synthetic-data label the file carries; null for real data.</param>
public sealed record ExportResult(int Answers, int Countries, string? SyntheticDataLabel);

/// <summary>
/// Exports a round's answers (every submission, whatever its status) in any format the importer
/// reads, so export → import gives the same answers back. For the secretariat only: the read of
/// each country's answers and the export itself are written to the audit log.
/// </summary>
public sealed class AnswerExporter(MnrDbContext db, FrameworkCatalog catalog, AuditLog audit)
{
    private readonly RoundQuestionnaires questionnaires = new(db, catalog, TimeProvider.System);

    /// <summary>Writes the answers <paramref name="request"/> asks for to <paramref name="output"/>.</summary>
    /// <param name="request">Round, format and filter.</param>
    /// <param name="output">Where the file goes (left open).</param>
    /// <param name="scope">Who exports: the secretariat.</param>
    /// <param name="progress">Told how many answers are written so far, of how many; may be null.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <exception cref="AccessDeniedException">The scope is not the secretariat.</exception>
    /// <exception cref="KeyNotFoundException">There is no such round.</exception>
    /// <exception cref="ArgumentException">A template without a country and an instrument.</exception>
    public async Task<ExportResult> ExportAsync(ExportRequest request, Stream output, AccessScope scope, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariat)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not export answers: exporting every country's answers is for the secretariat.");
        }

        if (request.Format == TransferFormat.Template && (request.CountryIso3 is null || request.InstrumentCode is null))
        {
            throw new ArgumentException("A template is for one country and one instrument: give both.", nameof(request));
        }

        var round = await db.SurveyRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Code == request.RoundCode, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round '{request.RoundCode}'.");
        var data = new ExportData(round.Code, round.SyntheticDataLabel, await AnswersAsync(round.Id, request, cancellationToken));
        var countries = data.Answers.Select(a => a.Country).Distinct(StringComparer.Ordinal).ToList();

        await WriteAsync(request, data, output, progress is null ? null : new Counter(progress, data.Answers.Count), cancellationToken);

        await audit.RecordUnitReadAsync(scope, $"answers:{round.Code}", countries, cancellationToken);
        audit.Add(scope.Actor, AuditActions.AnswersExported, $"round:{round.Code}", null, string.Create(
            CultureInfo.InvariantCulture,
            $"format={request.Format}; country={request.CountryIso3 ?? "all"}; instrument={request.InstrumentCode ?? "all"}; answers={data.Answers.Count}; countries={countries.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return new ExportResult(data.Answers.Count, countries.Count, round.SyntheticDataLabel);
    }

    private async Task<List<ExportedAnswer>> AnswersAsync(int roundId, ExportRequest request, CancellationToken cancellationToken)
    {
        var submissions = db.Submissions.AsNoTracking().Where(s => s.RoundId == roundId);
        if (request.CountryIso3 is { } country)
        {
            submissions = submissions.Where(s => s.CountryIso3 == country);
        }

        if (request.InstrumentCode is { } instrument)
        {
            submissions = submissions.Where(s => s.InstrumentCode == instrument);
        }

        var answers = await submissions
            .Join(db.Answers, s => s.Id, a => a.SubmissionId, (s, a) => new ExportedAnswer(s.CountryIso3, s.InstrumentCode, a.QuestionId, a.Value, a.Comment, a.EvidenceUrl))
            .ToListAsync(cancellationToken);

        // Ordered here, not in SQL: the same order on every provider and collation.
        answers.Sort((x, y) => (string.CompareOrdinal(x.Country, y.Country), string.CompareOrdinal(x.Instrument, y.Instrument)) switch
        {
            (not 0 and var c, _) => c,
            (_, not 0 and var i) => i,
            _ => string.CompareOrdinal(x.Question, y.Question),
        });
        return answers;
    }

    private async Task WriteAsync(ExportRequest request, ExportData data, Stream output, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        switch (request.Format)
        {
            case TransferFormat.Csv:
                await CsvAnswerWriter.WriteAsync(data, output, progress, cancellationToken);
                return;
            case TransferFormat.Json:
                await JsonAnswerWriter.WriteAsync(data, output, progress, cancellationToken);
                return;
        }

        // The workbook is built in memory (its ZIP needs a seekable stream), then copied out.
        using var workbook = new MemoryStream();
        if (request.Format == TransferFormat.Template)
        {
            var questionnaire = await questionnaires.ForAsync(data.RoundCode, request.InstrumentCode!, cancellationToken);
            XlsxTemplateWriter.Write(data, request.CountryIso3!, questionnaire, workbook, request.Language);
        }
        else
        {
            XlsxAnswerWriter.Write(data, workbook, progress);
        }

        workbook.Position = 0;
        await workbook.CopyToAsync(output, cancellationToken);
    }

    // Turns the writers' running count into progress against the total, on the writing thread.
    private sealed class Counter(IProgress<ExportProgress> progress, int total) : IProgress<int>
    {
        public void Report(int value) => progress.Report(new ExportProgress(value, total));
    }
}
