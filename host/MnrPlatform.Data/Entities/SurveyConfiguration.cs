using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MnrPlatform.Data.Entities;

internal sealed class SurveyRoundConfiguration : IEntityTypeConfiguration<SurveyRound>
{
    public void Configure(EntityTypeBuilder<SurveyRound> builder)
    {
        builder.ToTable("SurveyRounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(100);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Status).HasMaxLength(20).HasConversion<string>();
        builder.Property(r => r.SyntheticDataLabel).HasMaxLength(200);
        builder.Property(r => r.CarryForwardFrom).HasMaxLength(100);
        builder.Property(r => r.ResultsVersion).HasDefaultValue(0L);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.HasMany(r => r.Instruments).WithOne().HasForeignKey(i => i.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Submissions).WithOne().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundInstrumentConfiguration : IEntityTypeConfiguration<RoundInstrument>
{
    public void Configure(EntityTypeBuilder<RoundInstrument> builder)
    {
        builder.ToTable("RoundInstruments");
        builder.HasKey(i => new { i.RoundId, i.Code });
        builder.Property(i => i.Code).HasMaxLength(100);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.RespondentType).HasMaxLength(200);
    }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.ToTable("Submissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.CountryIso3).HasMaxLength(3);
        builder.Property(s => s.InstrumentCode).HasMaxLength(100);
        builder.Property(s => s.Status).HasMaxLength(20).HasConversion<string>();
        builder.HasIndex(s => new { s.RoundId, s.CountryIso3, s.InstrumentCode }).IsUnique();
        builder.HasIndex(s => s.CountryIso3);
        builder.HasOne<Country>().WithMany().HasForeignKey(s => s.CountryIso3).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Answers).WithOne().HasForeignKey(a => a.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Events).WithOne().HasForeignKey(e => e.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<AnswerChange>().WithOne().HasForeignKey(c => c.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        builder.ToTable("Answers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.QuestionId).HasMaxLength(200);
        builder.Property(a => a.EvidenceUrl).HasMaxLength(2000);
        builder.Property(a => a.SetBy).HasMaxLength(256);
        builder.Property(a => a.CarriedFrom).HasMaxLength(100);
        builder.HasIndex(a => new { a.SubmissionId, a.QuestionId }).IsUnique();
    }
}

internal sealed class AnswerChangeConfiguration : IEntityTypeConfiguration<AnswerChange>
{
    public void Configure(EntityTypeBuilder<AnswerChange> builder)
    {
        builder.ToTable("AnswerChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.QuestionId).HasMaxLength(200);
        builder.Property(c => c.OldEvidenceUrl).HasMaxLength(2000);
        builder.Property(c => c.OldSetBy).HasMaxLength(256);
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.Property(c => c.Source).HasMaxLength(20);
        builder.HasIndex(c => new { c.SubmissionId, c.QuestionId });
    }
}

internal sealed class SubmissionEventConfiguration : IEntityTypeConfiguration<SubmissionEvent>
{
    public void Configure(EntityTypeBuilder<SubmissionEvent> builder)
    {
        builder.ToTable("SubmissionEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(20);
        builder.Property(e => e.FromStatus).HasMaxLength(20).HasConversion<string>();
        builder.Property(e => e.ToStatus).HasMaxLength(20).HasConversion<string>();
        builder.Property(e => e.QuestionId).HasMaxLength(200);
        builder.HasIndex(e => e.SubmissionId);
    }
}

internal sealed class PendingImportConfiguration : IEntityTypeConfiguration<PendingImport>
{
    public void Configure(EntityTypeBuilder<PendingImport> builder)
    {
        builder.ToTable("PendingImports");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.RoundCode).HasMaxLength(100);
        builder.Property(p => p.FileName).HasMaxLength(260);
        builder.Property(p => p.UploadedBy).HasMaxLength(256);
    }
}
