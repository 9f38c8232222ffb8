using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data;

/// <summary>
/// The platform's store. The same model and the same hand-written migrations serve SQLite and
/// PostgreSQL: migrations leave column types to the provider (see Migrations/README.md). It holds
/// ASP.NET Core Identity's tables (users, roles) next to the platform's own.
/// </summary>
public sealed class MnrDbContext(DbContextOptions<MnrDbContext> options)
    : IdentityDbContext<PlatformUser, IdentityRole, string>(options)
{
    /// <summary>Data protection keys shared by every host instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The audit log.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Countries and territories (reference data).</summary>
    public DbSet<Country> Countries => Set<Country>();

    /// <summary>Countries' World Bank income groups by fiscal year (reference data).</summary>
    public DbSet<CountryIncomeGroup> CountryIncomeGroups => Set<CountryIncomeGroup>();

    /// <summary>Imports of the reference data.</summary>
    public DbSet<ReferenceDataImport> ReferenceDataImports => Set<ReferenceDataImport>();

    /// <summary>Survey rounds.</summary>
    public DbSet<SurveyRound> SurveyRounds => Set<SurveyRound>();

    /// <summary>Survey instruments (declared by plugins or made by the secretariat).</summary>
    public DbSet<Instrument> Instruments => Set<Instrument>();

    /// <summary>The questions of instruments the secretariat made.</summary>
    public DbSet<InstrumentQuestion> InstrumentQuestions => Set<InstrumentQuestion>();

    /// <summary>The countries invited to each instrument of a round.</summary>
    public DbSet<RoundParticipant> RoundParticipants => Set<RoundParticipant>();

    /// <summary>Invitations to be a country's focal point.</summary>
    public DbSet<FocalPointInvitation> FocalPointInvitations => Set<FocalPointInvitation>();

    /// <summary>E-mail waiting to be sent, and sent.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Personal access tokens for the API.</summary>
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    /// <summary>Countries' submissions to rounds.</summary>
    public DbSet<Submission> Submissions => Set<Submission>();

    /// <summary>Answers of submissions.</summary>
    public DbSet<Answer> Answers => Set<Answer>();

    /// <summary>Earlier versions of answers, one row per change.</summary>
    public DbSet<AnswerChange> AnswerChanges => Set<AnswerChange>();

    /// <summary>The review steps of submissions (submitted, queried, validated…).</summary>
    public DbSet<SubmissionEvent> SubmissionEvents => Set<SubmissionEvent>();

    /// <summary>Uploaded answer files between their preview and their application.</summary>
    public DbSet<PendingImport> PendingImports => Set<PendingImport>();

    /// <summary>Leases on background work (one instance at a time runs each kind).</summary>
    public DbSet<WorkLease> WorkLeases => Set<WorkLease>();

    /// <summary>Peer-learning exchanges.</summary>
    public DbSet<Exchange> Exchanges => Set<Exchange>();

    /// <summary>The countries of exchanges and their consent.</summary>
    public DbSet<ExchangeParty> ExchangeParties => Set<ExchangeParty>();

    /// <summary>Countries' examples of practice (the good-practice library).</summary>
    public DbSet<PracticeExample> PracticeExamples => Set<PracticeExample>();

    /// <summary>Countries' consents to show a version of an example.</summary>
    public DbSet<ExampleConsent> ExampleConsents => Set<ExampleConsent>();

    /// <summary>Files attached to examples.</summary>
    public DbSet<ExampleAttachment> ExampleAttachments => Set<ExampleAttachment>();

    /// <summary>The secretariat's suggested edits to examples.</summary>
    public DbSet<ExampleEditSuggestion> ExampleEditSuggestions => Set<ExampleEditSuggestion>();

    /// <summary>Stored clustering runs of rounds (a history; the newest is shown).</summary>
    public DbSet<ClusterRunRecord> ClusterRuns => Set<ClusterRunRecord>();

    /// <summary>
    /// Identity's table layout is pinned here rather than taken from IdentityOptions, so the model
    /// (and so the hand-written migrations) is the same whether or not the context is built by the
    /// web host's dependency injection.
    /// </summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version2;

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MnrDbContext).Assembly);
    }
}
