using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MnrPlatform.Data.Migrations;

/// <summary>Peer-learning exchanges: the exchange, its two countries with their consent, and every step.</summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261122300000_Exchanges")]
public sealed class Exchanges : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Exchanges",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoundCode = table.Column<string>(maxLength: 100, nullable: false),
                CapabilityCode = table.Column<string>(maxLength: 100, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                Explanation = table.Column<string>(nullable: true),
                Outcomes = table.Column<string>(nullable: true),
                BothConsentedAt = table.Column<DateTimeOffset>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Exchanges", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ExchangeEvents",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ExchangeId = table.Column<int>(nullable: false),
                At = table.Column<DateTimeOffset>(nullable: false),
                Actor = table.Column<string>(maxLength: 256, nullable: false),
                Action = table.Column<string>(maxLength: 50, nullable: false),
                CountryIso3 = table.Column<string>(maxLength: 3, nullable: true),
                Scope = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExchangeEvents", x => x.Id);
                table.ForeignKey("FK_ExchangeEvents_Exchanges_ExchangeId", x => x.ExchangeId, "Exchanges", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ExchangeParties",
            columns: table => new
            {
                ExchangeId = table.Column<int>(nullable: false),
                CountryIso3 = table.Column<string>(maxLength: 3, nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                Consent = table.Column<string>(maxLength: 20, nullable: false),
                SharedScope = table.Column<string>(nullable: true),
                DecidedAt = table.Column<DateTimeOffset>(nullable: true),
                DecidedBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExchangeParties", x => new { x.ExchangeId, x.CountryIso3 });
                table.ForeignKey("FK_ExchangeParties_Countries_CountryIso3", x => x.CountryIso3, "Countries", "Iso3", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ExchangeParties_Exchanges_ExchangeId", x => x.ExchangeId, "Exchanges", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_ExchangeEvents_ExchangeId", table: "ExchangeEvents", column: "ExchangeId");
        migrationBuilder.CreateIndex(name: "IX_ExchangeParties_CountryIso3", table: "ExchangeParties", column: "CountryIso3");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "ExchangeEvents");
        migrationBuilder.DropTable(name: "ExchangeParties");
        migrationBuilder.DropTable(name: "Exchanges");
    }
}
