using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MnrPlatform.Data.Entities;

internal sealed class PlatformUserConfiguration : IEntityTypeConfiguration<PlatformUser>
{
    public void Configure(EntityTypeBuilder<PlatformUser> builder)
    {
        builder.Property(u => u.CountryIso3).HasMaxLength(PlatformUser.CountryLength);
        builder.HasIndex(u => u.CountryIso3);
        builder.Property(u => u.PreferredCulture).HasMaxLength(PlatformUser.CultureLength);
    }
}
