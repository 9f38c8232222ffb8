using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.PeerLearning;

/// <summary>
/// The stored clustering runs of rounds, a history that is only added to. Runs name countries and
/// their clusters: only the secretariat reads them, and only a secretariat writer stores one
/// (audited). The record and the model are opaque bytes and text here; the analytics module reads them.
/// </summary>
public sealed class ClusterRunStore(MnrDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The most runs <see cref="HistoryAsync"/> lists.</summary>
    public const int MaxHistory = 50;

    /// <summary>Stores a run as the newest of its round and returns its id; throws <see cref="AccessDeniedException"/> unless a secretariat writer.</summary>
    public async Task<int> SaveAsync(AccessScope scope, NewClusterRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(run);
        if (!scope.IsSecretariatWriter)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not run the clustering of round {run.RoundCode}: only the secretariat's writers may.");
        }

        Validate(run);
        var record = new ClusterRunRecord
        {
            RoundCode = run.RoundCode,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = scope.Actor.Name.Length > 256 ? scope.Actor.Name[..256] : scope.Actor.Name,
            CreatedById = scope.Actor.UserId,
            InputsHash = run.InputsHash,
            Seed = run.Seed,
            OptionsJson = run.OptionsJson,
            Engine = run.Engine,
            K = run.K,
            UnitCount = run.UnitCount,
            AgreementWithPam = run.AgreementWithPam,
            RunJson = run.RunJson,
            Model = run.Model,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ClusterRuns.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(
            scope.Actor,
            AuditActions.ClusterRunStored,
            string.Create(CultureInfo.InvariantCulture, $"cluster-run:{record.Id}"),
            null,
            string.Create(CultureInfo.InvariantCulture, $"round {run.RoundCode}: k {(run.K is { } k ? k.ToString(CultureInfo.InvariantCulture) : "none")}, {run.UnitCount} countries, seed {run.Seed}, inputs {run.InputsHash}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record.Id;
    }

    /// <summary>The newest stored run of a round; null when it has none.</summary>
    public async Task<StoredClusterRun?> NewestAsync(AccessScope scope, string roundCode, CancellationToken cancellationToken)
    {
        DemandSecretariat(scope);
        var record = await db.ClusterRuns.AsNoTracking()
            .Where(r => r.RoundCode == roundCode)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : Stored(record);
    }

    /// <summary>One stored run by id; null when there is none.</summary>
    public async Task<StoredClusterRun?> FindAsync(AccessScope scope, int id, CancellationToken cancellationToken)
    {
        DemandSecretariat(scope);
        var record = await db.ClusterRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return record is null ? null : Stored(record);
    }

    /// <summary>The runs of a round, newest first (at most <see cref="MaxHistory"/>), without their records and models.</summary>
    public async Task<IReadOnlyList<ClusterRunEntry>> HistoryAsync(AccessScope scope, string roundCode, CancellationToken cancellationToken)
    {
        DemandSecretariat(scope);
        return await db.ClusterRuns.AsNoTracking()
            .Where(r => r.RoundCode == roundCode)
            .OrderByDescending(r => r.Id)
            .Take(MaxHistory)
            .Select(r => new ClusterRunEntry(r.Id, r.RoundCode, r.CreatedAt, r.CreatedBy, r.InputsHash, r.Seed, r.Engine, r.K, r.UnitCount, r.AgreementWithPam))
            .ToListAsync(cancellationToken);
    }

    private static StoredClusterRun Stored(ClusterRunRecord r) => new(
        new ClusterRunEntry(r.Id, r.RoundCode, r.CreatedAt, r.CreatedBy, r.InputsHash, r.Seed, r.Engine, r.K, r.UnitCount, r.AgreementWithPam),
        r.OptionsJson,
        r.RunJson,
        r.Model);

    private static void DemandSecretariat(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariat)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not read clustering runs: they compare named countries, for the secretariat only.");
        }
    }

    private static void Validate(NewClusterRun run)
    {
        if (string.IsNullOrWhiteSpace(run.RoundCode) || run.RoundCode.Length > 100)
        {
            throw new ArgumentException($"A stored run needs a round code of 1 to 100 characters; got '{run.RoundCode}'.", nameof(run));
        }

        if (run.InputsHash.Length != 64 || !run.InputsHash.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException($"The inputs hash of a run of {run.RoundCode} must be 64 lowercase hex digits; got '{run.InputsHash}'.", nameof(run));
        }

        if (string.IsNullOrWhiteSpace(run.RunJson))
        {
            throw new ArgumentException($"The run of {run.RoundCode} has no run record.", nameof(run));
        }
    }
}
