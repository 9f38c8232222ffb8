using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MnrPlatform.Data.Migrations;

/// <summary>The first schema: data protection keys.</summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261122000000_Foundation")]
public sealed class Foundation : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation(ProviderAnnotations.SqliteAutoincrement, true)
                    .Annotation(ProviderAnnotations.NpgsqlValueGenerationStrategy, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FriendlyName = table.Column<string>(maxLength: 200, nullable: true),
                Xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_DataProtectionKeys_FriendlyName",
            table: "DataProtectionKeys",
            column: "FriendlyName");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "DataProtectionKeys");
    }
}
