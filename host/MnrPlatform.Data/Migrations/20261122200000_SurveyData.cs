using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MnrPlatform.Data.Migrations;

/// <summary>
/// Survey data: country reference data (ISO codes, M49 regions, income groups by year) and its
/// imports; survey rounds with their instruments, countries' submissions and their answers.
/// </summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261122200000_SurveyData")]
public sealed class SurveyData : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Countries",
            columns: table => new
            {
                Iso3 = table.Column<string>(maxLength: 3, nullable: false),
                Iso2 = table.Column<string>(maxLength: 2, nullable: false),
                NumericCode = table.Column<string>(maxLength: 3, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Region = table.Column<string>(maxLength: 100, nullable: true),
                SubRegion = table.Column<string>(maxLength: 100, nullable: true),
                IntermediateRegion = table.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Countries", x => x.Iso3));

        migrationBuilder.CreateTable(
            name: "ReferenceDataImports",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ImportedAt = table.Column<DateTimeOffset>(nullable: false),
                Source = table.Column<string>(maxLength: 500, nullable: false),
                ContentHash = table.Column<string>(maxLength: 64, nullable: false),
                Countries = table.Column<int>(nullable: false),
                IncomeGroups = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReferenceDataImports", x => x.Id));

        migrationBuilder.CreateTable(
            name: "SurveyRounds",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(maxLength: 100, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Year = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                IncomeClassificationYear = table.Column<int>(nullable: false),
                SyntheticDataLabel = table.Column<string>(maxLength: 200, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SurveyRounds", x => x.Id));

        migrationBuilder.CreateTable(
            name: "CountryIncomeGroups",
            columns: table => new
            {
                CountryIso3 = table.Column<string>(maxLength: 3, nullable: false),
                FiscalYear = table.Column<int>(nullable: false),
                Group = table.Column<string>(maxLength: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CountryIncomeGroups", x => new { x.CountryIso3, x.FiscalYear });
                table.ForeignKey("FK_CountryIncomeGroups_Countries_CountryIso3", x => x.CountryIso3, "Countries", "Iso3", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RoundInstruments",
            columns: table => new
            {
                RoundId = table.Column<int>(nullable: false),
                Code = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoundInstruments", x => new { x.RoundId, x.Code });
                table.ForeignKey("FK_RoundInstruments_SurveyRounds_RoundId", x => x.RoundId, "SurveyRounds", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Submissions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoundId = table.Column<int>(nullable: false),
                CountryIso3 = table.Column<string>(maxLength: 3, nullable: false),
                InstrumentCode = table.Column<string>(maxLength: 100, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Submissions", x => x.Id);
                table.ForeignKey("FK_Submissions_Countries_CountryIso3", x => x.CountryIso3, "Countries", "Iso3", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Submissions_SurveyRounds_RoundId", x => x.RoundId, "SurveyRounds", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Answers",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                SubmissionId = table.Column<int>(nullable: false),
                QuestionId = table.Column<string>(maxLength: 200, nullable: false),
                Value = table.Column<string>(nullable: false),
                Comment = table.Column<string>(nullable: true),
                EvidenceUrl = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Answers", x => x.Id);
                table.ForeignKey("FK_Answers_Submissions_SubmissionId", x => x.SubmissionId, "Submissions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_Countries_Iso2", table: "Countries", column: "Iso2", unique: true);
        migrationBuilder.CreateIndex(name: "IX_SurveyRounds_Code", table: "SurveyRounds", column: "Code", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Submissions_CountryIso3", table: "Submissions", column: "CountryIso3");
        migrationBuilder.CreateIndex(name: "IX_Submissions_RoundId_CountryIso3_InstrumentCode", table: "Submissions", columns: ["RoundId", "CountryIso3", "InstrumentCode"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Answers_SubmissionId_QuestionId", table: "Answers", columns: ["SubmissionId", "QuestionId"], unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "Answers");
        migrationBuilder.DropTable(name: "Submissions");
        migrationBuilder.DropTable(name: "RoundInstruments");
        migrationBuilder.DropTable(name: "CountryIncomeGroups");
        migrationBuilder.DropTable(name: "SurveyRounds");
        migrationBuilder.DropTable(name: "ReferenceDataImports");
        migrationBuilder.DropTable(name: "Countries");
    }
}
