using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// Files attached to examples: PDFs and images only, recognised by their content (not their name),
/// size-limited, PDFs with script refused. A refused file stores nothing.
/// </summary>
/// <remarks>
/// Who may change an example's files is who may change its country's data
/// (<see cref="AccessScope.CanWrite"/>: the country's own focal point or a secretariat writer).
/// Files are part of what a country consents to, so adding or removing one is a change of the
/// example like a change of its text: a new <see cref="PracticeExample.Version"/> (a standing
/// consent no longer covers it) and, when it was approved, back to review. An anonymised version
/// stays published (it never shows files), though hidden while the example is back in review. A file is served only to
/// those who see its example named (<see cref="ExampleVisibilityRule"/>): an anonymised example's
/// files are never served, since a document can name its country in ways the platform cannot remove.
/// </remarks>
public sealed class ExampleAttachments(MnrDbContext db, AuditLog audit, IOptions<AttachmentOptions> options, TimeProvider clock)
{
    private AttachmentOptions Limits => options.Value;

    /// <summary>Checks and stores a file for an example the scope may edit; returns its id or throws <see cref="PracticeException"/> with the reason.</summary>
    /// <exception cref="AccessDeniedException">The scope may not change the example's country's data.</exception>
    /// <exception cref="KeyNotFoundException">There is no such example.</exception>
    /// <exception cref="PracticeException">The example has too many files, or the file is refused (the message says why and names it).</exception>
    public async Task<int> AddAsync(AccessScope scope, int exampleId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(content);
        var example = await db.PracticeExamples.SingleOrDefaultAsync(e => e.Id == exampleId, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no example {exampleId}.");
        scope.DemandWrite(example.CountryIso3);
        await RefuseFullAsync(example, cancellationToken);
        var name = AttachmentName.Clean(fileName);
        var bytes = await ReadLimitedAsync(name, content, cancellationToken);
        var contentType = AttachmentType.Of(name, bytes);
        if (contentType == "application/pdf")
        {
            PdfActiveContent.Check(name, bytes, Limits.MaxInflatedBytes);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));

        // The limit holds under concurrent uploads: the new version is written first, which takes the
        // example's row (PostgreSQL waits for another upload's transaction; SQLite's write lock is
        // taken at the transaction's start), so the count and duplicate checks below see every file
        // committed before and none can be added until this one commits or rolls back.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PracticeExamples.Where(e => e.Id == exampleId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Version, e => e.Version + 1), cancellationToken);
        await db.Entry(example).ReloadAsync(cancellationToken);
        await RefuseFullAsync(example, cancellationToken);
        var same = await db.ExampleAttachments.Where(a => a.ExampleId == exampleId && a.Sha256 == sha256).Select(a => a.FileName).FirstOrDefaultAsync(cancellationToken);
        if (same is not null)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.FileTwice", name, same), "File");
        }

        var now = clock.GetUtcNow();
        var attachment = new ExampleAttachment
        {
            ExampleId = example.Id,
            FileName = name,
            ContentType = contentType,
            Size = bytes.Length,
            Sha256 = sha256,
            Content = bytes,
            UploadedBy = scope.Actor.Name,
            UploadedAt = now,
        };
        db.ExampleAttachments.Add(attachment);
        Changed(scope, example, now);
        audit.Add(scope.Actor, AuditActions.ExampleAttachmentAdded, $"example {example.Id}", null, $"{name} ({contentType}, {bytes.Length} bytes, SHA-256 {sha256}); version {example.Version}", example.CountryIso3);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return attachment.Id;
    }

    /// <summary>A file's name, type and content when the viewer may see its example; null otherwise.</summary>
    public async Task<(string FileName, string ContentType, byte[] Content)?> OpenAsync(AccessScope scope, int attachmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var exampleId = await db.ExampleAttachments.Where(a => a.Id == attachmentId).Select(a => (int?)a.ExampleId).SingleOrDefaultAsync(cancellationToken);
        if (exampleId is null)
        {
            return null;
        }

        var example = await db.PracticeExamples.AsNoTracking().Include(e => e.Consents).SingleAsync(e => e.Id == exampleId, cancellationToken);
        if (ExampleVisibilityRule.Decide(scope, example) != ExampleShown.Named)
        {
            return null;
        }

        var file = await db.ExampleAttachments.AsNoTracking().Where(a => a.Id == attachmentId)
            .Select(a => new { a.FileName, a.ContentType, a.Content }).SingleAsync(cancellationToken);
        return (file.FileName, file.ContentType, file.Content);
    }

    /// <summary>Removes a file (its country or the secretariat).</summary>
    /// <exception cref="AccessDeniedException">The scope may not change the example's country's data.</exception>
    /// <exception cref="KeyNotFoundException">There is no such file.</exception>
    public async Task RemoveAsync(AccessScope scope, int attachmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var found = await db.ExampleAttachments.FindAsync([attachmentId], cancellationToken)
            ?? throw new KeyNotFoundException($"There is no attached file {attachmentId}.");
        var example = await db.PracticeExamples.SingleAsync(e => e.Id == found.ExampleId, cancellationToken);
        scope.DemandWrite(example.CountryIso3);

        db.ExampleAttachments.Remove(found);
        NewVersion(scope, example, clock.GetUtcNow());
        audit.Add(scope.Actor, AuditActions.ExampleAttachmentRemoved, $"example {example.Id}", $"{found.FileName} (SHA-256 {found.Sha256})", $"version {example.Version}", example.CountryIso3);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void NewVersion(AccessScope scope, PracticeExample example, DateTimeOffset now)
    {
        example.Version++;
        Changed(scope, example, now);
    }

    // What a new version changes besides its number: an approved example goes back to review.
    private static void Changed(AccessScope scope, PracticeExample example, DateTimeOffset now)
    {
        if (example.Status == PracticeExampleStatus.Approved)
        {
            example.Status = PracticeExampleStatus.InReview;
        }

        example.UpdatedBy = scope.Actor.Name;
        example.UpdatedAt = now;
    }

    private async Task RefuseFullAsync(PracticeExample example, CancellationToken cancellationToken)
    {
        var count = await db.ExampleAttachments.CountAsync(a => a.ExampleId == example.Id, cancellationToken);
        if (count >= Limits.MaxPerExample)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.FilesFull", example.Title, count), "File");
        }
    }

    private async Task<byte[]> ReadLimitedAsync(string name, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > Limits.MaxBytes)
            {
                throw new PracticeException(PracticeWords.Of("Refusal.FileTooLarge", name, AttachmentName.Size(Limits.MaxBytes)), "File");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0 ? throw new PracticeException(PracticeWords.Of("Refusal.FileEmpty", name), "File") : buffer.ToArray();
    }
}
