using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Reference;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Transfer;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>How applying an upload ended.</summary>
public enum ApplyOutcome
{
    /// <summary>Written, all of it.</summary>
    Applied,

    /// <summary>The upload is no longer waiting (applied, discarded or expired).</summary>
    Gone,

    /// <summary>The file has problems now (the store changed since the preview): nothing written.</summary>
    Refused,
}

/// <summary>The result of applying an upload, with the sentence that tells it.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Message">What to tell the person.</param>
public sealed record ApplyResult(ApplyOutcome Outcome, string Message);

/// <summary>
/// An upload waiting for its "apply" (<see cref="PendingImportStore"/>): its preview, applying it
/// all or nothing, discarding it. The import endpoints and the interactive preview page both go
/// through here, so the rules are the same whichever way it is done.
/// </summary>
public static class PendingUploads
{
    /// <summary>The upload's preview, or null when it is not waiting (or belongs to another round).</summary>
    public static async Task<UploadPreview?> PreviewAsync(IServiceProvider services, AccessScope scope, string round, Guid upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await services.GetRequiredService<PendingImportStore>().FindAsync(scope, upload, cancellationToken) is not { } file || file.RoundCode != round)
        {
            return null;
        }

        var plan = await ReadAsync(services, file, cancellationToken);
        var names = (await services.GetRequiredService<CountryDirectory>().ListAsync(cancellationToken)).ToDictionary(c => c.Iso3, c => c.Name, StringComparer.Ordinal);
        return new UploadPreview(file.FileName, plan.Problems, plan.ProblemCount, plan.Preview, names);
    }

    /// <summary>Reads the upload again and writes it when it still has no problem, in one transaction.</summary>
    public static async Task<ApplyResult> ApplyAsync(IServiceProvider services, AccessScope scope, string round, Guid upload, SubmissionStatus newSubmissionStatus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var l = services.GetRequiredService<IStringLocalizer<SurveyText>>();
        var pending = services.GetRequiredService<PendingImportStore>();
        if (await pending.FindAsync(scope, upload, cancellationToken) is not { } file || file.RoundCode != round)
        {
            return new ApplyResult(ApplyOutcome.Gone, l["Apply.Gone"]);
        }

        // Read again: the store may have changed since the preview; a file with problems is never applied.
        var plan = await ReadAsync(services, file, cancellationToken);
        if (!plan.IsValid)
        {
            return new ApplyResult(ApplyOutcome.Refused, l["Apply.Refused"]);
        }

        var result = await services.GetRequiredService<AnswerImporter>()
            .ApplyAsync(plan, scope, new ImportApplyOptions { NewSubmissionStatus = newSubmissionStatus }, cancellationToken);
        await pending.RemoveAsync(upload, cancellationToken);
        return new ApplyResult(ApplyOutcome.Applied, l["Apply.Done", BidiText.Isolate(file.FileName), ShownFormat.Number(result.Answers.New),
            ShownFormat.Number(result.Answers.Changed), ShownFormat.Number(result.Answers.Unchanged), ShownFormat.Number(result.SubmissionsCreated)]);
    }

    /// <summary>Throws the upload away, writing nothing; nothing happens when it is gone already.</summary>
    public static async Task DiscardAsync(IServiceProvider services, AccessScope scope, Guid upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var pending = services.GetRequiredService<PendingImportStore>();
        if (await pending.FindAsync(scope, upload, cancellationToken) is not null)
        {
            await pending.RemoveAsync(upload, cancellationToken);
        }
    }

    /// <summary>The status asked for the submissions an import creates (<c>validated</c>, else submitted).</summary>
    public static SubmissionStatus NewSubmissionStatus(string? status) =>
        status == "validated" ? SubmissionStatus.Validated : SubmissionStatus.Submitted;

    private static async Task<ImportPlan> ReadAsync(IServiceProvider services, PendingImport file, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(file.Content, writable: false);
        return await services.GetRequiredService<AnswerImporter>()
            .ReadAsync(content, file.FileName, file.RoundCode, services.GetRequiredService<IOptions<ImportReadOptions>>().Value, cancellationToken);
    }
}

/// <summary>What the preview page shows of an upload.</summary>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="Problems">The problems listed (at most the reader's limit).</param>
/// <param name="ProblemCount">Every problem found.</param>
/// <param name="Preview">What applying would change (a file without problems).</param>
/// <param name="CountryNames">Country names by ISO3 code.</param>
public sealed record UploadPreview(string FileName, IReadOnlyList<TransferProblem> Problems, int ProblemCount, ImportPreview? Preview, IReadOnlyDictionary<string, string> CountryNames)
{
    /// <summary>True when nothing is wrong with the file.</summary>
    public bool IsValid => ProblemCount == 0;

    /// <summary>Problems found but not listed.</summary>
    public int UnlistedProblemCount => ProblemCount - Problems.Count;
}
