using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MnrPlatform.Data.Entities;

internal sealed class ClusterRunRecordConfiguration : IEntityTypeConfiguration<ClusterRunRecord>
{
    public void Configure(EntityTypeBuilder<ClusterRunRecord> builder)
    {
        builder.ToTable("ClusterRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RoundCode).HasMaxLength(100);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.CreatedById).HasMaxLength(450);
        builder.Property(r => r.InputsHash).HasMaxLength(64);
        builder.Property(r => r.Engine).HasMaxLength(200);
        builder.HasIndex(r => new { r.RoundCode, r.Id });
    }
}
