using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MnrPlatform.Data.Entities;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.Subject).HasMaxLength(256);
        builder.Property(e => e.CountryIso3).HasMaxLength(PlatformUser.CountryLength);
        builder.HasIndex(e => e.At);

        // The audit grid filters by action and pages newest first (by id): one index serves both.
        builder.HasIndex(e => new { e.Action, e.Id });
    }
}
