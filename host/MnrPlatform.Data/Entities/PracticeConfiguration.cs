using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MnrPlatform.Data.Entities;

internal sealed class PracticeExampleConfiguration : IEntityTypeConfiguration<PracticeExample>
{
    public void Configure(EntityTypeBuilder<PracticeExample> builder)
    {
        builder.ToTable("PracticeExamples");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.CountryIso3).HasMaxLength(3);
        builder.Property(e => e.CapabilityCode).HasMaxLength(100);
        builder.Property(e => e.DomainCode).HasMaxLength(100);
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.ContactRole).HasMaxLength(300);
        builder.Property(e => e.ContactName).HasMaxLength(300);
        builder.Property(e => e.Language).HasMaxLength(20);
        builder.Property(e => e.Status).HasMaxLength(20).HasConversion<string>();
        builder.Property(e => e.ProposedVisibility).HasMaxLength(20).HasConversion<string>();
        builder.Property(e => e.AnonymisedAs).HasMaxLength(20).HasConversion<string>();
        builder.Property(e => e.AnonymisedVisibility).HasMaxLength(20).HasConversion<string>();
        builder.Property(e => e.RoundCode).HasMaxLength(100);
        builder.Property(e => e.QuestionId).HasMaxLength(200);
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.HasIndex(e => new { e.CapabilityCode, e.Status });
        builder.HasIndex(e => e.CountryIso3);
        builder.HasOne<Country>().WithMany().HasForeignKey(e => e.CountryIso3).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Consents).WithOne().HasForeignKey(c => c.ExampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Attachments).WithOne().HasForeignKey(a => a.ExampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Suggestions).WithOne().HasForeignKey(s => s.ExampleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExampleConsentConfiguration : IEntityTypeConfiguration<ExampleConsent>
{
    public void Configure(EntityTypeBuilder<ExampleConsent> builder)
    {
        builder.ToTable("ExampleConsents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Visibility).HasMaxLength(20).HasConversion<string>();
        builder.Property(c => c.GivenBy).HasMaxLength(256);
        builder.Property(c => c.WithdrawnBy).HasMaxLength(256);
        builder.HasIndex(c => new { c.ExampleId, c.Version });
    }
}

internal sealed class ExampleAttachmentConfiguration : IEntityTypeConfiguration<ExampleAttachment>
{
    public void Configure(EntityTypeBuilder<ExampleAttachment> builder)
    {
        builder.ToTable("ExampleAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedBy).HasMaxLength(256);
        builder.HasIndex(a => a.ExampleId);
    }
}

internal sealed class ExampleEditSuggestionConfiguration : IEntityTypeConfiguration<ExampleEditSuggestion>
{
    public void Configure(EntityTypeBuilder<ExampleEditSuggestion> builder)
    {
        builder.ToTable("ExampleEditSuggestions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.SuggestedBy).HasMaxLength(256);
        builder.Property(s => s.ResolvedBy).HasMaxLength(256);
        builder.HasIndex(s => s.ExampleId);
    }
}
