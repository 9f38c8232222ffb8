using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Entities;

using MnrPlatform.Data.Surveys.Instruments;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Imports a file of answers into a round in two steps: <see cref="ReadAsync"/> reads and checks
/// the whole file and computes what would change, writing nothing; <see cref="ApplyAsync"/> writes
/// a valid plan in one transaction. A file with any problem is refused as a whole.
/// </summary>
public sealed class AnswerImporter(MnrDbContext db, FrameworkCatalog catalog, ImportWriter writer)
{
    private readonly RoundQuestionnaires questionnaires = new(db, catalog, TimeProvider.System);

    /// <summary>
    /// Reads <paramref name="content"/> (CSV, XLSX long or template, or JSON: told from the bytes)
    /// for import into round <paramref name="roundCode"/>: every problem with its place, or the
    /// validated answers and a preview. Nothing is written.
    /// </summary>
    /// <param name="content">The file.</param>
    /// <param name="fileName">Its name, used in problems and the audit log.</param>
    /// <param name="roundCode">The round to import into.</param>
    /// <param name="options">Size and problem limits; defaults when null.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public async Task<ImportPlan> ReadAsync(Stream content, string fileName, string roundCode, ImportReadOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= new ImportReadOptions();
        var problems = new ProblemList(options.MaxProblems);
        var file = new TransferLocation(fileName);
        ImportPlan Refused(string? sha256 = null, TransferFormat? format = null) => new(roundCode, fileName, sha256, format, problems, [], null);

        var round = await db.SurveyRounds.AsNoTracking().Include(r => r.Instruments).SingleOrDefaultAsync(r => r.Code == roundCode, cancellationToken);
        if (round is null)
        {
            problems.Add(file, $"there is no survey round \"{roundCode}\"");
            return Refused();
        }

        if (ImportInvitations.DraftRefusal(round) is { } draft)
        {
            problems.Add(file, draft);
            return Refused();
        }

        if (round.Status == RoundStatus.Published)
        {
            problems.Add(file, $"round {roundCode} is published: its answers can no longer be changed by an import");
            return Refused();
        }

        var bytes = await FileContent.ReadAsync(content, options.MaxFileBytes, cancellationToken);
        if (bytes is null)
        {
            problems.Add(file, string.Create(CultureInfo.InvariantCulture, $"the file is larger than the limit of {options.MaxFileBytes / (1024.0 * 1024):0.#} MB; split it (e.g. by country) and import the parts"));
            return Refused();
        }

        var countries = (await db.Countries.AsNoTracking().Select(c => c.Iso3).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var forms = await questionnaires.ForRoundAsync(round.Id, round.Instruments.Select(i => i.Code), cancellationToken);
        var validator = new RowValidator(catalog, round.Code, forms, countries, problems);
        var parsed = new ParsedFile(validator.Check);
        var format = Parse(bytes.Bytes, fileName, parsed, problems);
        foreach (var (declared, location) in parsed.DeclaredRounds)
        {
            validator.CheckDeclaredRound(declared, location);
        }

        if (problems.Any)
        {
            return Refused(bytes.Sha256, format);
        }

        if (validator.Submissions.Count == 0)
        {
            problems.Add(file, "the file holds no answers");
            return Refused(bytes.Sha256, format);
        }

        var stored = await StoredAnswers.LoadAsync(db, round.Id, cancellationToken);
        var preview = ImportInvitations.Mark(
            ImportDiff.Compute(validator.Submissions, stored).Preview(),
            await ImportInvitations.MissingAsync(db, round, validator.Submissions, cancellationToken));
        return new ImportPlan(round.Code, fileName, bytes.Sha256, format, problems, validator.Submissions, preview);
    }

    /// <summary>
    /// Writes a valid <paramref name="plan"/> in one transaction (the secretariat only), comparing
    /// it again with the store as it is now; see <see cref="ImportWriter"/>.
    /// </summary>
    /// <exception cref="AccessDeniedException">The scope is not the secretariat with write access.</exception>
    /// <exception cref="InvalidOperationException">The plan has problems, or the round was published since it was read.</exception>
    public Task<ImportResult> ApplyAsync(ImportPlan plan, AccessScope scope, ImportApplyOptions? options, CancellationToken cancellationToken) =>
        writer.ApplyAsync(plan, scope, options ?? new ImportApplyOptions(), cancellationToken);

    // Reads the file in the format its bytes show, handing rows to the file's sink; null when it is none of the formats.
    private static TransferFormat? Parse(ReadOnlyMemory<byte> bytes, string fileName, ParsedFile file, ProblemList problems)
    {
        var (format, reason) = FileSniffer.Sniff(bytes.Span);
        if (format is null)
        {
            problems.Add(new TransferLocation(fileName), reason!);
            return null;
        }

        switch (format)
        {
            case TransferFormat.Csv:
                CsvAnswerReader.Read(bytes.Span, fileName, file, problems);
                break;
            case TransferFormat.Json:
                JsonAnswerReader.Read(bytes.Span, fileName, file, problems);
                break;
            default:
                XlsxAnswerReader.Read(bytes, fileName, file, problems);
                break;
        }

        return file.IsTemplate ? TransferFormat.Template : format;
    }
}
