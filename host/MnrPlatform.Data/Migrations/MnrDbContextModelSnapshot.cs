using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MnrPlatform.Data.Migrations;

/// <summary>
/// The model as the migrations leave it, written by hand (EF Core design tools are not available
/// here). MigrationTests fails when this, the migrations and <see cref="MnrDbContext"/> disagree.
/// </summary>
[DbContext(typeof(MnrDbContext))]
public sealed class MnrDbContextModelSnapshot : ModelSnapshot
{
    /// <inheritdoc />
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasAnnotation("ProductVersion", "10.0.14");

        modelBuilder.Entity("MnrPlatform.Data.Entities.DataProtectionKey", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("FriendlyName").HasMaxLength(200);
            b.Property<string>("Xml").IsRequired();
            b.HasKey("Id");
            b.HasIndex("FriendlyName");
            b.ToTable("DataProtectionKeys");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.AuditEntry", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("Action").IsRequired().HasMaxLength(100);
            b.Property<string>("Actor").IsRequired().HasMaxLength(256);
            b.Property<string>("ActorId").HasMaxLength(450);
            b.Property<DateTimeOffset>("At");
            b.Property<string>("CountryIso3").HasMaxLength(3);
            b.Property<string>("NewValue");
            b.Property<string>("OldValue");
            b.Property<string>("Subject").IsRequired().HasMaxLength(256);
            b.HasKey("Id");
            b.HasIndex("At");
            b.HasIndex("Action", "Id");
            b.ToTable("AuditEntries");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.Country", b =>
        {
            b.Property<string>("Iso3").HasMaxLength(3);
            b.Property<string>("IntermediateRegion").HasMaxLength(100);
            b.Property<string>("Iso2").IsRequired().HasMaxLength(2);
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<string>("NumericCode").IsRequired().HasMaxLength(3);
            b.Property<string>("Region").HasMaxLength(100);
            b.Property<string>("SubRegion").HasMaxLength(100);
            b.HasKey("Iso3");
            b.HasIndex("Iso2").IsUnique();
            b.ToTable("Countries");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.CountryIncomeGroup", b =>
        {
            b.Property<string>("CountryIso3").HasMaxLength(3);
            b.Property<int>("FiscalYear");
            b.Property<string>("Group").IsRequired().HasMaxLength(2);
            b.HasKey("CountryIso3", "FiscalYear");
            b.ToTable("CountryIncomeGroups");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.ReferenceDataImport", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("ContentHash").IsRequired().HasMaxLength(64);
            b.Property<int>("Countries");
            b.Property<DateTimeOffset>("ImportedAt");
            b.Property<int>("IncomeGroups");
            b.Property<string>("Source").IsRequired().HasMaxLength(500);
            b.HasKey("Id");
            b.ToTable("ReferenceDataImports");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.SurveyRound", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("CarryForwardFrom").HasMaxLength(100);
            b.Property<string>("Code").IsRequired().HasMaxLength(100);
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<DateTimeOffset?>("Deadline");
            b.Property<int>("IncomeClassificationYear");
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<DateTimeOffset?>("OpenedAt");
            b.Property<long>("ResultsVersion").ValueGeneratedOnAdd().HasDefaultValue(0L);
            b.Property<string>("Status").IsRequired().HasMaxLength(20);
            b.Property<string>("SyntheticDataLabel").HasMaxLength(200);
            b.Property<int>("Year");
            b.HasKey("Id");
            b.HasIndex("Code").IsUnique();
            b.ToTable("SurveyRounds");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.RoundInstrument", b =>
        {
            b.Property<int>("RoundId");
            b.Property<string>("Code").HasMaxLength(100);
            b.Property<DateTimeOffset?>("FrozenAt");
            b.Property<string>("Name").HasMaxLength(200);
            b.Property<string>("QuestionSelection");
            b.Property<string>("Questionnaire");
            b.Property<string>("RespondentType").HasMaxLength(200);
            b.HasKey("RoundId", "Code");
            b.ToTable("RoundInstruments");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.Instrument", b =>
        {
            b.Property<string>("Code").HasMaxLength(100);
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<string>("DeclaredBy").HasMaxLength(500);
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<string>("NameTranslations");
            b.Property<string>("RespondentType").IsRequired().HasMaxLength(200);
            b.HasKey("Code");
            b.ToTable("Instruments");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.InstrumentQuestion", b =>
        {
            b.Property<string>("InstrumentCode").HasMaxLength(100);
            b.Property<string>("QuestionId").HasMaxLength(200);
            b.Property<int>("Position");
            b.HasKey("InstrumentCode", "QuestionId");
            b.ToTable("InstrumentQuestions");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.RoundParticipant", b =>
        {
            b.Property<int>("RoundId");
            b.Property<string>("InstrumentCode").HasMaxLength(100);
            b.Property<string>("CountryIso3").HasMaxLength(3);
            b.Property<DateTimeOffset?>("DeadlineOverride");
            b.Property<DateTimeOffset>("InvitedAt");
            b.HasKey("RoundId", "InstrumentCode", "CountryIso3");
            b.HasIndex("CountryIso3");
            b.ToTable("RoundParticipants");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.FocalPointInvitation", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("CountryIso3").IsRequired().HasMaxLength(3);
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<string>("CreatedBy").IsRequired().HasMaxLength(256);
            b.Property<string>("Culture").HasMaxLength(16);
            b.Property<string>("Email").IsRequired().HasMaxLength(256);
            b.Property<DateTimeOffset>("ExpiresAt");
            b.Property<string>("InstrumentCode").HasMaxLength(100);
            b.Property<DateTimeOffset?>("RevokedAt");
            b.Property<string>("RoundCode").HasMaxLength(100);
            b.Property<string>("TokenHash").IsRequired().HasMaxLength(64);
            b.Property<DateTimeOffset?>("UsedAt");
            b.Property<string>("UserId").IsRequired().HasMaxLength(450);
            b.HasKey("Id");
            b.HasIndex("TokenHash").IsUnique();
            b.HasIndex("UserId");
            b.HasIndex("RoundCode", "CountryIso3");
            b.ToTable("FocalPointInvitations");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.OutboxMessage", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<int>("Attempts");
            b.Property<string>("Body").IsRequired();
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<string>("Culture").HasMaxLength(16);
            b.Property<string>("DeduplicationKey").HasMaxLength(300);
            b.Property<string>("Kind").IsRequired().HasMaxLength(50);
            b.Property<string>("LastError").HasMaxLength(2000);
            b.Property<string>("LeaseOwner").HasMaxLength(200);
            b.Property<DateTimeOffset?>("LeaseUntil");
            b.Property<DateTimeOffset>("NextAttemptAt");
            b.Property<DateTimeOffset?>("SentAt");
            b.Property<string>("Subject").IsRequired().HasMaxLength(500);
            b.Property<string>("To").IsRequired().HasMaxLength(256);
            b.HasKey("Id");
            b.HasIndex("DeduplicationKey").IsUnique();
            b.HasIndex("SentAt", "NextAttemptAt");
            b.ToTable("OutboxMessages");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.PersonalAccessToken", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<DateTimeOffset>("ExpiresAt");
            b.Property<DateTimeOffset?>("LastUsedAt");
            b.Property<string>("Name").IsRequired().HasMaxLength(100);
            b.Property<string>("Prefix").IsRequired().HasMaxLength(20);
            b.Property<DateTimeOffset?>("RevokedAt");
            b.Property<string>("TokenHash").IsRequired().HasMaxLength(64);
            b.Property<string>("UserId").IsRequired().HasMaxLength(450);
            b.HasKey("Id");
            b.HasIndex("TokenHash").IsUnique();
            b.HasIndex("UserId");
            b.ToTable("PersonalAccessTokens");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.Submission", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("CountryIso3").IsRequired().HasMaxLength(3);
            b.Property<string>("InstrumentCode").IsRequired().HasMaxLength(100);
            b.Property<int>("RoundId");
            b.Property<string>("Status").IsRequired().HasMaxLength(20);
            b.Property<DateTimeOffset>("UpdatedAt");
            b.HasKey("Id");
            b.HasIndex("CountryIso3");
            b.HasIndex("RoundId", "CountryIso3", "InstrumentCode").IsUnique();
            b.ToTable("Submissions");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.Answer", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("CarriedFrom").HasMaxLength(100);
            b.Property<string>("Comment");
            b.Property<string>("EvidenceUrl").HasMaxLength(2000);
            b.Property<string>("QuestionId").IsRequired().HasMaxLength(200);
            b.Property<DateTimeOffset?>("SetAt");
            b.Property<string>("SetBy").HasMaxLength(256);
            b.Property<int>("SubmissionId");
            b.Property<string>("Value").IsRequired();
            b.HasKey("Id");
            b.HasIndex("SubmissionId", "QuestionId").IsUnique();
            b.ToTable("Answers");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.AnswerChange", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<DateTimeOffset>("ChangedAt");
            b.Property<string>("ChangedBy").IsRequired().HasMaxLength(256);
            b.Property<string>("NewValue");
            b.Property<string>("OldComment");
            b.Property<string>("OldEvidenceUrl").HasMaxLength(2000);
            b.Property<DateTimeOffset?>("OldSetAt");
            b.Property<string>("OldSetBy").HasMaxLength(256);
            b.Property<string>("OldValue").IsRequired();
            b.Property<string>("QuestionId").IsRequired().HasMaxLength(200);
            b.Property<string>("Source").IsRequired().HasMaxLength(20);
            b.Property<int>("SubmissionId");
            b.HasKey("Id");
            b.HasIndex("SubmissionId", "QuestionId");
            b.ToTable("AnswerChanges");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.PendingImport", b =>
        {
            b.Property<Guid>("Id").ValueGeneratedOnAdd();
            b.Property<byte[]>("Content").IsRequired();
            b.Property<string>("FileName").IsRequired().HasMaxLength(260);
            b.Property<string>("RoundCode").IsRequired().HasMaxLength(100);
            b.Property<DateTimeOffset>("UploadedAt");
            b.Property<string>("UploadedBy").IsRequired().HasMaxLength(256);
            b.HasKey("Id");
            b.ToTable("PendingImports");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.WorkLease", b =>
        {
            b.Property<string>("Name").HasMaxLength(100);
            b.Property<DateTimeOffset?>("AcquiredAt");
            b.Property<DateTimeOffset?>("ExpiresAt");
            b.Property<string>("Owner").HasMaxLength(200);
            b.Property<long>("Version");
            b.HasKey("Name");
            b.ToTable("WorkLeases");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.SubmissionEvent", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("Action").IsRequired().HasMaxLength(20);
            b.Property<string>("Actor").IsRequired().HasMaxLength(256);
            b.Property<DateTimeOffset>("At");
            b.Property<string>("Comment");
            b.Property<string>("FromStatus").IsRequired().HasMaxLength(20);
            b.Property<string>("QuestionId").HasMaxLength(200);
            b.Property<int>("SubmissionId");
            b.Property<string>("ToStatus").IsRequired().HasMaxLength(20);
            b.HasKey("Id");
            b.HasIndex("SubmissionId");
            b.ToTable("SubmissionEvents");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.Exchange", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<DateTimeOffset?>("BothConsentedAt");
            b.Property<string>("CapabilityCode").IsRequired().HasMaxLength(100);
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<string>("Explanation");
            b.Property<string>("Outcomes");
            b.Property<string>("RoundCode").IsRequired().HasMaxLength(100);
            b.Property<string>("Status").IsRequired().HasMaxLength(20);
            b.Property<DateTimeOffset>("UpdatedAt");
            b.HasKey("Id");
            b.ToTable("Exchanges");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.PracticeExample", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("AnonymisedAs").HasMaxLength(20);
            b.Property<string>("AnonymisedVisibility").IsRequired().HasMaxLength(20);
            b.Property<string>("CapabilityCode").IsRequired().HasMaxLength(100);
            b.Property<string>("Challenges");
            b.Property<bool>("ContactAgreed");
            b.Property<string>("ContactName").HasMaxLength(300);
            b.Property<string>("ContactRole").HasMaxLength(300);
            b.Property<string>("CountryIso3").IsRequired().HasMaxLength(3);
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<string>("CreatedBy").IsRequired().HasMaxLength(256);
            b.Property<string>("DomainCode").IsRequired().HasMaxLength(100);
            b.Property<string>("Language").IsRequired().HasMaxLength(20);
            b.Property<string>("Lessons");
            b.Property<string>("Links").IsRequired();
            b.Property<int?>("PhaseReached");
            b.Property<string>("ProposedVisibility").IsRequired().HasMaxLength(20);
            b.Property<string>("QuestionId").HasMaxLength(200);
            b.Property<string>("Results");
            b.Property<string>("RoundCode").HasMaxLength(100);
            b.Property<string>("Status").IsRequired().HasMaxLength(20);
            b.Property<string>("Themes").IsRequired();
            b.Property<string>("Title").IsRequired().HasMaxLength(300);
            b.Property<DateTimeOffset>("UpdatedAt");
            b.Property<string>("UpdatedBy").IsRequired().HasMaxLength(256);
            b.Property<int>("Version");
            b.Property<string>("WhatWasDone").IsRequired();
            b.HasKey("Id");
            b.HasIndex("CountryIso3");
            b.HasIndex("CapabilityCode", "Status");
            b.ToTable("PracticeExamples");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.ExampleConsent", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<int>("ExampleId");
            b.Property<DateTimeOffset>("GivenAt");
            b.Property<string>("GivenBy").IsRequired().HasMaxLength(256);
            b.Property<int>("Version");
            b.Property<string>("Visibility").IsRequired().HasMaxLength(20);
            b.Property<DateTimeOffset?>("WithdrawnAt");
            b.Property<string>("WithdrawnBy").HasMaxLength(256);
            b.HasKey("Id");
            b.HasIndex("ExampleId", "Version");
            b.ToTable("ExampleConsents");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.ExampleAttachment", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<byte[]>("Content").IsRequired();
            b.Property<string>("ContentType").IsRequired().HasMaxLength(100);
            b.Property<int>("ExampleId");
            b.Property<string>("FileName").IsRequired().HasMaxLength(255);
            b.Property<string>("Sha256").IsRequired().HasMaxLength(64);
            b.Property<long>("Size");
            b.Property<DateTimeOffset>("UploadedAt");
            b.Property<string>("UploadedBy").IsRequired().HasMaxLength(256);
            b.HasKey("Id");
            b.HasIndex("ExampleId");
            b.ToTable("ExampleAttachments");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.ExampleEditSuggestion", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<bool?>("Accepted");
            b.Property<int>("ExampleId");
            b.Property<string>("Note").IsRequired();
            b.Property<int>("OnVersion");
            b.Property<string>("Proposed").IsRequired();
            b.Property<DateTimeOffset?>("ResolvedAt");
            b.Property<string>("ResolvedBy").HasMaxLength(256);
            b.Property<DateTimeOffset>("SuggestedAt");
            b.Property<string>("SuggestedBy").IsRequired().HasMaxLength(256);
            b.HasKey("Id");
            b.HasIndex("ExampleId");
            b.ToTable("ExampleEditSuggestions");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.ExchangeEvent", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("Action").IsRequired().HasMaxLength(50);
            b.Property<string>("Actor").IsRequired().HasMaxLength(256);
            b.Property<DateTimeOffset>("At");
            b.Property<string>("CountryIso3").HasMaxLength(3);
            b.Property<int>("ExchangeId");
            b.Property<string>("Scope");
            b.HasKey("Id");
            b.HasIndex("ExchangeId");
            b.ToTable("ExchangeEvents");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.ExchangeParty", b =>
        {
            b.Property<int>("ExchangeId");
            b.Property<string>("CountryIso3").HasMaxLength(3);
            b.Property<string>("Consent").IsRequired().HasMaxLength(20);
            b.Property<DateTimeOffset?>("DecidedAt");
            b.Property<string>("DecidedBy").HasMaxLength(256);
            b.Property<string>("Role").IsRequired().HasMaxLength(20);
            b.Property<string>("SharedScope");
            b.HasKey("ExchangeId", "CountryIso3");
            b.HasIndex("CountryIso3");
            b.ToTable("ExchangeParties");
        });

        // 20261208010000_ClusterRuns
        modelBuilder.Entity("MnrPlatform.Data.Entities.ClusterRunRecord", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<double?>("AgreementWithPam");
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<string>("CreatedBy").IsRequired().HasMaxLength(256);
            b.Property<string>("CreatedById").HasMaxLength(450);
            b.Property<string>("Engine").IsRequired().HasMaxLength(200);
            b.Property<string>("InputsHash").IsRequired().HasMaxLength(64);
            b.Property<int?>("K");
            b.Property<byte[]>("Model");
            b.Property<string>("OptionsJson").IsRequired();
            b.Property<string>("RoundCode").IsRequired().HasMaxLength(100);
            b.Property<string>("RunJson").IsRequired();
            b.Property<int>("Seed");
            b.Property<int>("UnitCount");
            b.HasKey("Id");
            b.HasIndex("RoundCode", "Id");
            b.ToTable("ClusterRuns");
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.PlatformUser", b =>
        {
            b.Property<string>("Id");
            b.Property<int>("AccessFailedCount");
            b.Property<string>("ConcurrencyStamp").IsConcurrencyToken();
            b.Property<string>("CountryIso3").HasMaxLength(3);
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<DateTimeOffset?>("DisabledAt");
            b.Property<string>("Email").HasMaxLength(256);
            b.Property<bool>("EmailConfirmed");
            b.Property<bool>("IsDemo");
            b.Property<bool>("LockoutEnabled");
            b.Property<DateTimeOffset?>("LockoutEnd");
            b.Property<string>("NormalizedEmail").HasMaxLength(256);
            b.Property<string>("NormalizedUserName").HasMaxLength(256);
            b.Property<string>("PasswordHash");
            b.Property<string>("PhoneNumber");
            b.Property<bool>("PhoneNumberConfirmed");
            b.Property<string>("PreferredCulture").HasMaxLength(16);
            b.Property<string>("SecurityStamp");
            b.Property<bool>("TwoFactorEnabled");
            b.Property<string>("UserName").HasMaxLength(256);
            b.HasKey("Id");
            b.HasIndex("CountryIso3");
            b.HasIndex("NormalizedEmail").HasDatabaseName("EmailIndex");
            b.HasIndex("NormalizedUserName").IsUnique().HasDatabaseName("UserNameIndex");
            b.ToTable("AspNetUsers");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityRole", b =>
        {
            b.Property<string>("Id");
            b.Property<string>("ConcurrencyStamp").IsConcurrencyToken();
            b.Property<string>("Name").HasMaxLength(256);
            b.Property<string>("NormalizedName").HasMaxLength(256);
            b.HasKey("Id");
            b.HasIndex("NormalizedName").IsUnique().HasDatabaseName("RoleNameIndex");
            b.ToTable("AspNetRoles");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("ClaimType");
            b.Property<string>("ClaimValue");
            b.Property<string>("RoleId").IsRequired();
            b.HasKey("Id");
            b.HasIndex("RoleId");
            b.ToTable("AspNetRoleClaims");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserClaim<string>", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("ClaimType");
            b.Property<string>("ClaimValue");
            b.Property<string>("UserId").IsRequired();
            b.HasKey("Id");
            b.HasIndex("UserId");
            b.ToTable("AspNetUserClaims");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserLogin<string>", b =>
        {
            b.Property<string>("LoginProvider");
            b.Property<string>("ProviderKey");
            b.Property<string>("ProviderDisplayName");
            b.Property<string>("UserId").IsRequired();
            b.HasKey("LoginProvider", "ProviderKey");
            b.HasIndex("UserId");
            b.ToTable("AspNetUserLogins");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserRole<string>", b =>
        {
            b.Property<string>("UserId");
            b.Property<string>("RoleId");
            b.HasKey("UserId", "RoleId");
            b.HasIndex("RoleId");
            b.ToTable("AspNetUserRoles");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserToken<string>", b =>
        {
            b.Property<string>("UserId");
            b.Property<string>("LoginProvider");
            b.Property<string>("Name");
            b.Property<string>("Value");
            b.HasKey("UserId", "LoginProvider", "Name");
            b.ToTable("AspNetUserTokens");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>", b =>
            b.HasOne("Microsoft.AspNetCore.Identity.IdentityRole", null).WithMany().HasForeignKey("RoleId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserClaim<string>", b =>
            b.HasOne("MnrPlatform.Data.Entities.PlatformUser", null).WithMany().HasForeignKey("UserId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserLogin<string>", b =>
            b.HasOne("MnrPlatform.Data.Entities.PlatformUser", null).WithMany().HasForeignKey("UserId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserRole<string>", b =>
        {
            b.HasOne("Microsoft.AspNetCore.Identity.IdentityRole", null).WithMany().HasForeignKey("RoleId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("MnrPlatform.Data.Entities.PlatformUser", null).WithMany().HasForeignKey("UserId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserToken<string>", b =>
            b.HasOne("MnrPlatform.Data.Entities.PlatformUser", null).WithMany().HasForeignKey("UserId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.CountryIncomeGroup", b =>
            b.HasOne("MnrPlatform.Data.Entities.Country", null).WithMany("IncomeGroups").HasForeignKey("CountryIso3").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.RoundInstrument", b =>
            b.HasOne("MnrPlatform.Data.Entities.SurveyRound", null).WithMany("Instruments").HasForeignKey("RoundId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.InstrumentQuestion", b =>
            b.HasOne("MnrPlatform.Data.Entities.Instrument", null).WithMany("Questions").HasForeignKey("InstrumentCode").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.RoundParticipant", b =>
        {
            b.HasOne("MnrPlatform.Data.Entities.Country", null).WithMany().HasForeignKey("CountryIso3").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("MnrPlatform.Data.Entities.SurveyRound", null).WithMany("Participants").HasForeignKey("RoundId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.FocalPointInvitation", b =>
            b.HasOne("MnrPlatform.Data.Entities.PlatformUser", null).WithMany().HasForeignKey("UserId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.PersonalAccessToken", b =>
            b.HasOne("MnrPlatform.Data.Entities.PlatformUser", null).WithMany().HasForeignKey("UserId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.Submission", b =>
        {
            b.HasOne("MnrPlatform.Data.Entities.Country", null).WithMany().HasForeignKey("CountryIso3").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("MnrPlatform.Data.Entities.SurveyRound", null).WithMany("Submissions").HasForeignKey("RoundId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.Answer", b =>
            b.HasOne("MnrPlatform.Data.Entities.Submission", null).WithMany("Answers").HasForeignKey("SubmissionId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.AnswerChange", b =>
            b.HasOne("MnrPlatform.Data.Entities.Submission", null).WithMany().HasForeignKey("SubmissionId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.SubmissionEvent", b =>
            b.HasOne("MnrPlatform.Data.Entities.Submission", null).WithMany("Events").HasForeignKey("SubmissionId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.ExchangeEvent", b =>
            b.HasOne("MnrPlatform.Data.Entities.Exchange", null).WithMany("Events").HasForeignKey("ExchangeId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.ExchangeParty", b =>
        {
            b.HasOne("MnrPlatform.Data.Entities.Country", null).WithMany().HasForeignKey("CountryIso3").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("MnrPlatform.Data.Entities.Exchange", null).WithMany("Parties").HasForeignKey("ExchangeId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("MnrPlatform.Data.Entities.PracticeExample", b =>
            b.HasOne("MnrPlatform.Data.Entities.Country", null).WithMany().HasForeignKey("CountryIso3").OnDelete(DeleteBehavior.Restrict).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.ExampleConsent", b =>
            b.HasOne("MnrPlatform.Data.Entities.PracticeExample", null).WithMany("Consents").HasForeignKey("ExampleId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.ExampleAttachment", b =>
            b.HasOne("MnrPlatform.Data.Entities.PracticeExample", null).WithMany("Attachments").HasForeignKey("ExampleId").OnDelete(DeleteBehavior.Cascade).IsRequired());

        modelBuilder.Entity("MnrPlatform.Data.Entities.ExampleEditSuggestion", b =>
            b.HasOne("MnrPlatform.Data.Entities.PracticeExample", null).WithMany("Suggestions").HasForeignKey("ExampleId").OnDelete(DeleteBehavior.Cascade).IsRequired());
    }
}
