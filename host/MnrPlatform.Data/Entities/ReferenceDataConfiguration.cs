using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MnrPlatform.Core.Reference;

namespace MnrPlatform.Data.Entities;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.ToTable("Countries");
        builder.HasKey(c => c.Iso3);
        builder.Property(c => c.Iso3).HasMaxLength(3);
        builder.Property(c => c.Iso2).HasMaxLength(2);
        builder.Property(c => c.NumericCode).HasMaxLength(3);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Region).HasMaxLength(100);
        builder.Property(c => c.SubRegion).HasMaxLength(100);
        builder.Property(c => c.IntermediateRegion).HasMaxLength(100);
        builder.HasIndex(c => c.Iso2).IsUnique();
        builder.HasMany(c => c.IncomeGroups).WithOne().HasForeignKey(g => g.CountryIso3).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CountryIncomeGroupConfiguration : IEntityTypeConfiguration<CountryIncomeGroup>
{
    public void Configure(EntityTypeBuilder<CountryIncomeGroup> builder)
    {
        builder.ToTable("CountryIncomeGroups");
        builder.HasKey(g => new { g.CountryIso3, g.FiscalYear });
        builder.Property(g => g.CountryIso3).HasMaxLength(3);
        builder.Property(g => g.Group).HasMaxLength(2).HasConversion(g => IncomeGroups.Code(g), code => IncomeGroups.Parse(code));
    }
}

internal sealed class ReferenceDataImportConfiguration : IEntityTypeConfiguration<ReferenceDataImport>
{
    public void Configure(EntityTypeBuilder<ReferenceDataImport> builder)
    {
        builder.ToTable("ReferenceDataImports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Source).HasMaxLength(500);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
    }
}
