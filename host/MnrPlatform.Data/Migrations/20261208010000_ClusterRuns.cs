using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MnrPlatform.Data.Migrations;

/// <summary>Stored clustering runs: a history per round, with the run record and the model that places later countries.</summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261208010000_ClusterRuns")]
public sealed class ClusterRuns : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "ClusterRuns",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoundCode = table.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
                CreatedById = table.Column<string>(maxLength: 450, nullable: true),
                InputsHash = table.Column<string>(maxLength: 64, nullable: false),
                Seed = table.Column<int>(nullable: false),
                OptionsJson = table.Column<string>(nullable: false),
                Engine = table.Column<string>(maxLength: 200, nullable: false),
                K = table.Column<int>(nullable: true),
                UnitCount = table.Column<int>(nullable: false),
                AgreementWithPam = table.Column<double>(nullable: true),
                RunJson = table.Column<string>(nullable: false),
                Model = table.Column<byte[]>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ClusterRuns", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_ClusterRuns_RoundCode_Id", table: "ClusterRuns", columns: ["RoundCode", "Id"]);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "ClusterRuns");
    }
}
