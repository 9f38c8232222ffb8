using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MnrPlatform.Data.Migrations;

/// <summary>
/// Running a round from an empty installation: instruments as data, invited countries, deadlines,
/// carried-forward answers, frozen questionnaires, focal-point invitations, the e-mail outbox and
/// personal access tokens.
/// </summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261207000000_SurveyRounds")]
public sealed class SurveyRounds : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<DateTimeOffset>(name: "OpenedAt", table: "SurveyRounds", nullable: true);
        migrationBuilder.AddColumn<DateTimeOffset>(name: "Deadline", table: "SurveyRounds", nullable: true);
        migrationBuilder.AddColumn<string>(name: "CarryForwardFrom", table: "SurveyRounds", maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<string>(name: "QuestionSelection", table: "RoundInstruments", nullable: true);
        migrationBuilder.AddColumn<string>(name: "Questionnaire", table: "RoundInstruments", nullable: true);
        migrationBuilder.AddColumn<DateTimeOffset>(name: "FrozenAt", table: "RoundInstruments", nullable: true);
        migrationBuilder.AddColumn<string>(name: "CarriedFrom", table: "Answers", maxLength: 100, nullable: true);

        migrationBuilder.CreateTable(
            name: "Instruments",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 100, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                NameTranslations = table.Column<string>(nullable: true),
                RespondentType = table.Column<string>(maxLength: 200, nullable: false),
                DeclaredBy = table.Column<string>(maxLength: 500, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Instruments", x => x.Code));

        migrationBuilder.CreateTable(
            name: "InstrumentQuestions",
            columns: table => new
            {
                InstrumentCode = table.Column<string>(maxLength: 100, nullable: false),
                QuestionId = table.Column<string>(maxLength: 200, nullable: false),
                Position = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InstrumentQuestions", x => new { x.InstrumentCode, x.QuestionId });
                table.ForeignKey("FK_InstrumentQuestions_Instruments_InstrumentCode", x => x.InstrumentCode, "Instruments", "Code", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RoundParticipants",
            columns: table => new
            {
                RoundId = table.Column<int>(nullable: false),
                InstrumentCode = table.Column<string>(maxLength: 100, nullable: false),
                CountryIso3 = table.Column<string>(maxLength: 3, nullable: false),
                InvitedAt = table.Column<DateTimeOffset>(nullable: false),
                DeadlineOverride = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoundParticipants", x => new { x.RoundId, x.InstrumentCode, x.CountryIso3 });
                table.ForeignKey("FK_RoundParticipants_SurveyRounds_RoundId", x => x.RoundId, "SurveyRounds", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_RoundParticipants_Countries_CountryIso3", x => x.CountryIso3, "Countries", "Iso3", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_RoundParticipants_CountryIso3", table: "RoundParticipants", column: "CountryIso3");

        migrationBuilder.CreateTable(
            name: "FocalPointInvitations",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                CountryIso3 = table.Column<string>(maxLength: 3, nullable: false),
                RoundCode = table.Column<string>(maxLength: 100, nullable: true),
                InstrumentCode = table.Column<string>(maxLength: 100, nullable: true),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                ExpiresAt = table.Column<DateTimeOffset>(nullable: false),
                UsedAt = table.Column<DateTimeOffset>(nullable: true),
                RevokedAt = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FocalPointInvitations", x => x.Id);
                table.ForeignKey("FK_FocalPointInvitations_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_FocalPointInvitations_TokenHash", table: "FocalPointInvitations", column: "TokenHash", unique: true);
        migrationBuilder.CreateIndex(name: "IX_FocalPointInvitations_RoundCode_CountryIso3", table: "FocalPointInvitations", columns: ["RoundCode", "CountryIso3"]);
        migrationBuilder.CreateIndex(name: "IX_FocalPointInvitations_UserId", table: "FocalPointInvitations", column: "UserId");

        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Kind = table.Column<string>(maxLength: 50, nullable: false),
                To = table.Column<string>(maxLength: 256, nullable: false),
                Subject = table.Column<string>(maxLength: 500, nullable: false),
                Body = table.Column<string>(nullable: false),
                DeduplicationKey = table.Column<string>(maxLength: 300, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                NextAttemptAt = table.Column<DateTimeOffset>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                LeaseOwner = table.Column<string>(maxLength: 200, nullable: true),
                LeaseUntil = table.Column<DateTimeOffset>(nullable: true),
                SentAt = table.Column<DateTimeOffset>(nullable: true),
                LastError = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_OutboxMessages_DeduplicationKey", table: "OutboxMessages", column: "DeduplicationKey", unique: true);
        migrationBuilder.CreateIndex(name: "IX_OutboxMessages_SentAt_NextAttemptAt", table: "OutboxMessages", columns: ["SentAt", "NextAttemptAt"]);

        migrationBuilder.CreateTable(
            name: "PersonalAccessTokens",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Prefix = table.Column<string>(maxLength: 20, nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                ExpiresAt = table.Column<DateTimeOffset>(nullable: false),
                RevokedAt = table.Column<DateTimeOffset>(nullable: true),
                LastUsedAt = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PersonalAccessTokens", x => x.Id);
                table.ForeignKey("FK_PersonalAccessTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PersonalAccessTokens_TokenHash", table: "PersonalAccessTokens", column: "TokenHash", unique: true);
        migrationBuilder.CreateIndex(name: "IX_PersonalAccessTokens_UserId", table: "PersonalAccessTokens", column: "UserId");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "PersonalAccessTokens");
        migrationBuilder.DropTable(name: "OutboxMessages");
        migrationBuilder.DropTable(name: "FocalPointInvitations");
        migrationBuilder.DropTable(name: "RoundParticipants");
        migrationBuilder.DropTable(name: "InstrumentQuestions");
        migrationBuilder.DropTable(name: "Instruments");
        migrationBuilder.DropColumn(name: "CarriedFrom", table: "Answers");
        migrationBuilder.DropColumn(name: "FrozenAt", table: "RoundInstruments");
        migrationBuilder.DropColumn(name: "Questionnaire", table: "RoundInstruments");
        migrationBuilder.DropColumn(name: "QuestionSelection", table: "RoundInstruments");
        migrationBuilder.DropColumn(name: "CarryForwardFrom", table: "SurveyRounds");
        migrationBuilder.DropColumn(name: "Deadline", table: "SurveyRounds");
        migrationBuilder.DropColumn(name: "OpenedAt", table: "SurveyRounds");
    }
}
