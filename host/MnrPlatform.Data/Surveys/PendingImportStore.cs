using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys;

/// <summary>
/// Holds an uploaded answer file from its preview until the person applies or discards it. Only
/// the uploader gets it back; uploads older than <see cref="Lifetime"/> are removed on the next upload.
/// </summary>
public sealed class PendingImportStore(MnrDbContext db, TimeProvider clock)
{
    /// <summary>How long an upload waits to be applied.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>Keeps <paramref name="content"/> and returns its key.</summary>
    public async Task<Guid> SaveAsync(AccessScope scope, string roundCode, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var now = clock.GetUtcNow();
        var expired = now - Lifetime;
        // SQLite cannot compare DateTimeOffset in SQL; the waiting uploads are few, so they are sorted out here.
        var stale = (await db.PendingImports.AsNoTracking().Select(p => new { p.Id, p.UploadedAt }).ToListAsync(cancellationToken))
            .Where(p => p.UploadedAt < expired).Select(p => p.Id).ToList();
        await db.PendingImports.Where(p => stale.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        var pending = new PendingImport
        {
            Id = Guid.NewGuid(),
            RoundCode = roundCode,
            FileName = Path.GetFileName(fileName),
            Content = content,
            UploadedBy = scope.Actor.Name,
            UploadedAt = now,
        };
        db.PendingImports.Add(pending);
        await db.SaveChangesAsync(cancellationToken);
        return pending.Id;
    }

    /// <summary>The upload <paramref name="id"/> when <paramref name="scope"/> uploaded it and it has not expired; else null.</summary>
    public async Task<PendingImport?> FindAsync(AccessScope scope, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var expired = clock.GetUtcNow() - Lifetime;
        var pending = await db.PendingImports.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.UploadedBy == scope.Actor.Name, cancellationToken);
        return pending is not null && pending.UploadedAt >= expired ? pending : null;
    }

    /// <summary>Removes the upload (applied or discarded).</summary>
    public Task RemoveAsync(Guid id, CancellationToken cancellationToken) =>
        db.PendingImports.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
}
