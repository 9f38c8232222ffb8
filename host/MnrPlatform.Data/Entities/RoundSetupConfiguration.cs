using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MnrPlatform.Data.Entities;

internal sealed class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    public void Configure(EntityTypeBuilder<Instrument> builder)
    {
        builder.ToTable("Instruments");
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(100);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.RespondentType).HasMaxLength(200);
        builder.Property(i => i.DeclaredBy).HasMaxLength(500);
        builder.HasMany(i => i.Questions).WithOne().HasForeignKey(q => q.InstrumentCode).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InstrumentQuestionConfiguration : IEntityTypeConfiguration<InstrumentQuestion>
{
    public void Configure(EntityTypeBuilder<InstrumentQuestion> builder)
    {
        builder.ToTable("InstrumentQuestions");
        builder.HasKey(q => new { q.InstrumentCode, q.QuestionId });
        builder.Property(q => q.InstrumentCode).HasMaxLength(100);
        builder.Property(q => q.QuestionId).HasMaxLength(200);
    }
}

internal sealed class RoundParticipantConfiguration : IEntityTypeConfiguration<RoundParticipant>
{
    public void Configure(EntityTypeBuilder<RoundParticipant> builder)
    {
        builder.ToTable("RoundParticipants");
        builder.HasKey(p => new { p.RoundId, p.InstrumentCode, p.CountryIso3 });
        builder.Property(p => p.InstrumentCode).HasMaxLength(100);
        builder.Property(p => p.CountryIso3).HasMaxLength(3);
        builder.HasIndex(p => p.CountryIso3);
        builder.HasOne<SurveyRound>().WithMany(r => r.Participants).HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(p => p.CountryIso3).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FocalPointInvitationConfiguration : IEntityTypeConfiguration<FocalPointInvitation>
{
    public void Configure(EntityTypeBuilder<FocalPointInvitation> builder)
    {
        builder.ToTable("FocalPointInvitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.UserId).HasMaxLength(450);
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.CountryIso3).HasMaxLength(3);
        builder.Property(i => i.RoundCode).HasMaxLength(100);
        builder.Property(i => i.InstrumentCode).HasMaxLength(100);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.CreatedBy).HasMaxLength(256);
        builder.Property(i => i.Culture).HasMaxLength(PlatformUser.CultureLength);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.RoundCode, i.CountryIso3 });
        builder.HasOne<PlatformUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasMaxLength(50);
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.Culture).HasMaxLength(PlatformUser.CultureLength);
        builder.Property(m => m.DeduplicationKey).HasMaxLength(300);
        builder.Property(m => m.LeaseOwner).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.ToTable("PersonalAccessTokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Prefix).HasMaxLength(20);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<PlatformUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
