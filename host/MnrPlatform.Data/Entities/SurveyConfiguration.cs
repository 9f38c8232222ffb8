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
        builder.HasIndex(a => new { a.SubmissionId, a.QuestionId }).IsUnique();
    }
}
