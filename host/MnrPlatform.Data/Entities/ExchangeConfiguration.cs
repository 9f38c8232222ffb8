using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MnrPlatform.Data.Entities;

internal sealed class ExchangeConfiguration : IEntityTypeConfiguration<Exchange>
{
    public void Configure(EntityTypeBuilder<Exchange> builder)
    {
        builder.ToTable("Exchanges");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.RoundCode).HasMaxLength(100);
        builder.Property(e => e.CapabilityCode).HasMaxLength(100);
        builder.Property(e => e.Status).HasMaxLength(20).HasConversion<string>();
        builder.HasMany(e => e.Parties).WithOne().HasForeignKey(p => p.ExchangeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Events).WithOne().HasForeignKey(v => v.ExchangeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExchangePartyConfiguration : IEntityTypeConfiguration<ExchangeParty>
{
    public void Configure(EntityTypeBuilder<ExchangeParty> builder)
    {
        builder.ToTable("ExchangeParties");
        builder.HasKey(p => new { p.ExchangeId, p.CountryIso3 });
        builder.Property(p => p.CountryIso3).HasMaxLength(3);
        builder.Property(p => p.Role).HasMaxLength(20).HasConversion<string>();
        builder.Property(p => p.Consent).HasMaxLength(20).HasConversion<string>();
        builder.Property(p => p.DecidedBy).HasMaxLength(256);
        builder.HasIndex(p => p.CountryIso3);
        builder.HasOne<Country>().WithMany().HasForeignKey(p => p.CountryIso3).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExchangeEventConfiguration : IEntityTypeConfiguration<ExchangeEvent>
{
    public void Configure(EntityTypeBuilder<ExchangeEvent> builder)
    {
        builder.ToTable("ExchangeEvents");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Actor).HasMaxLength(256);
        builder.Property(v => v.Action).HasMaxLength(50);
        builder.Property(v => v.CountryIso3).HasMaxLength(3);
        builder.HasIndex(v => v.ExchangeId);
    }
}
