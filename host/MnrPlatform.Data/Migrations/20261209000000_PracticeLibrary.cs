using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MnrPlatform.Data.Migrations;

/// <summary>The good-practice library: countries' examples, their consents, files and suggested edits.</summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261209000000_PracticeLibrary")]
public sealed class PracticeLibrary : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "PracticeExamples",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                CountryIso3 = table.Column<string>(maxLength: 3, nullable: false),
                CapabilityCode = table.Column<string>(maxLength: 100, nullable: false),
                DomainCode = table.Column<string>(maxLength: 100, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                WhatWasDone = table.Column<string>(nullable: false),
                Results = table.Column<string>(nullable: true),
                Challenges = table.Column<string>(nullable: true),
                Lessons = table.Column<string>(nullable: true),
                PhaseReached = table.Column<int>(nullable: true),
                Links = table.Column<string>(nullable: false),
                ContactRole = table.Column<string>(maxLength: 300, nullable: true),
                ContactName = table.Column<string>(maxLength: 300, nullable: true),
                ContactAgreed = table.Column<bool>(nullable: false),
                Language = table.Column<string>(maxLength: 20, nullable: false),
                Themes = table.Column<string>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                ProposedVisibility = table.Column<string>(maxLength: 20, nullable: false),
                Version = table.Column<int>(nullable: false),
                AnonymisedAs = table.Column<string>(maxLength: 20, nullable: true),
                AnonymisedVisibility = table.Column<string>(maxLength: 20, nullable: false),
                RoundCode = table.Column<string>(maxLength: 100, nullable: true),
                QuestionId = table.Column<string>(maxLength: 200, nullable: true),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PracticeExamples", x => x.Id);
                table.ForeignKey("FK_PracticeExamples_Countries_CountryIso3", x => x.CountryIso3, "Countries", "Iso3", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ExampleConsents",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ExampleId = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Visibility = table.Column<string>(maxLength: 20, nullable: false),
                GivenBy = table.Column<string>(maxLength: 256, nullable: false),
                GivenAt = table.Column<DateTimeOffset>(nullable: false),
                WithdrawnBy = table.Column<string>(maxLength: 256, nullable: true),
                WithdrawnAt = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExampleConsents", x => x.Id);
                table.ForeignKey("FK_ExampleConsents_PracticeExamples_ExampleId", x => x.ExampleId, "PracticeExamples", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ExampleAttachments",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ExampleId = table.Column<int>(nullable: false),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Size = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                Content = table.Column<byte[]>(nullable: false),
                UploadedBy = table.Column<string>(maxLength: 256, nullable: false),
                UploadedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExampleAttachments", x => x.Id);
                table.ForeignKey("FK_ExampleAttachments_PracticeExamples_ExampleId", x => x.ExampleId, "PracticeExamples", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ExampleEditSuggestions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ExampleId = table.Column<int>(nullable: false),
                OnVersion = table.Column<int>(nullable: false),
                Proposed = table.Column<string>(nullable: false),
                Note = table.Column<string>(nullable: false),
                SuggestedBy = table.Column<string>(maxLength: 256, nullable: false),
                SuggestedAt = table.Column<DateTimeOffset>(nullable: false),
                Accepted = table.Column<bool>(nullable: true),
                ResolvedBy = table.Column<string>(maxLength: 256, nullable: true),
                ResolvedAt = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExampleEditSuggestions", x => x.Id);
                table.ForeignKey("FK_ExampleEditSuggestions_PracticeExamples_ExampleId", x => x.ExampleId, "PracticeExamples", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_PracticeExamples_CountryIso3", table: "PracticeExamples", column: "CountryIso3");
        migrationBuilder.CreateIndex(name: "IX_PracticeExamples_CapabilityCode_Status", table: "PracticeExamples", columns: ["CapabilityCode", "Status"]);
        migrationBuilder.CreateIndex(name: "IX_ExampleConsents_ExampleId_Version", table: "ExampleConsents", columns: ["ExampleId", "Version"]);
        migrationBuilder.CreateIndex(name: "IX_ExampleAttachments_ExampleId", table: "ExampleAttachments", column: "ExampleId");
        migrationBuilder.CreateIndex(name: "IX_ExampleEditSuggestions_ExampleId", table: "ExampleEditSuggestions", column: "ExampleId");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "ExampleEditSuggestions");
        migrationBuilder.DropTable(name: "ExampleAttachments");
        migrationBuilder.DropTable(name: "ExampleConsents");
        migrationBuilder.DropTable(name: "PracticeExamples");
    }
}
