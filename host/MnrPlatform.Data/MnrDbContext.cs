using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data;

/// <summary>
/// The platform's store. The same model and the same hand-written migrations serve SQLite and
/// PostgreSQL: migrations leave column types to the provider (see Migrations/README.md).
/// </summary>
public sealed class MnrDbContext(DbContextOptions<MnrDbContext> options) : DbContext(options)
{
    /// <summary>Data protection keys shared by every host instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MnrDbContext).Assembly);
    }
}
