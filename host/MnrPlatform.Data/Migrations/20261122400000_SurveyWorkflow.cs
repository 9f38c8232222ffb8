using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MnrPlatform.Data.Migrations;

/// <summary>
/// The survey workflow: who set each answer and when, earlier answer versions, the review steps of
/// submissions, the round's results version (the indicator cache's stamp), instrument names.
/// </summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261122400000_SurveyWorkflow")]
public sealed class SurveyWorkflow : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<long>(name: "ResultsVersion", table: "SurveyRounds", nullable: false, defaultValue: 0L);
        migrationBuilder.AddColumn<string>(name: "Name", table: "RoundInstruments", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>(name: "RespondentType", table: "RoundInstruments", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>(name: "SetBy", table: "Answers", maxLength: 256, nullable: true);
        migrationBuilder.AddColumn<DateTimeOffset>(name: "SetAt", table: "Answers", nullable: true);

        migrationBuilder.CreateTable(
            name: "AnswerChanges",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                SubmissionId = table.Column<int>(nullable: false),
                QuestionId = table.Column<string>(maxLength: 200, nullable: false),
                OldValue = table.Column<string>(nullable: false),
                OldComment = table.Column<string>(nullable: true),
                OldEvidenceUrl = table.Column<string>(maxLength: 2000, nullable: true),
                OldSetBy = table.Column<string>(maxLength: 256, nullable: true),
                OldSetAt = table.Column<DateTimeOffset>(nullable: true),
                NewValue = table.Column<string>(nullable: true),
                ChangedBy = table.Column<string>(maxLength: 256, nullable: false),
                ChangedAt = table.Column<DateTimeOffset>(nullable: false),
                Source = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AnswerChanges", x => x.Id);
                table.ForeignKey("FK_AnswerChanges_Submissions_SubmissionId", x => x.SubmissionId, "Submissions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SubmissionEvents",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                SubmissionId = table.Column<int>(nullable: false),
                At = table.Column<DateTimeOffset>(nullable: false),
                Actor = table.Column<string>(maxLength: 256, nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                FromStatus = table.Column<string>(maxLength: 20, nullable: false),
                ToStatus = table.Column<string>(maxLength: 20, nullable: false),
                Comment = table.Column<string>(nullable: true),
                QuestionId = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SubmissionEvents", x => x.Id);
                table.ForeignKey("FK_SubmissionEvents_Submissions_SubmissionId", x => x.SubmissionId, "Submissions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_AnswerChanges_SubmissionId_QuestionId", table: "AnswerChanges", columns: ["SubmissionId", "QuestionId"]);
        migrationBuilder.CreateIndex(name: "IX_SubmissionEvents_SubmissionId", table: "SubmissionEvents", column: "SubmissionId");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "SubmissionEvents");
        migrationBuilder.DropTable(name: "AnswerChanges");
        migrationBuilder.DropColumn(name: "SetAt", table: "Answers");
        migrationBuilder.DropColumn(name: "SetBy", table: "Answers");
        migrationBuilder.DropColumn(name: "RespondentType", table: "RoundInstruments");
        migrationBuilder.DropColumn(name: "Name", table: "RoundInstruments");
        migrationBuilder.DropColumn(name: "ResultsVersion", table: "SurveyRounds");
    }
}
