using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MnrPlatform.Data.Migrations;

/// <summary>Leases on background work, so each kind runs on one host instance at a time.</summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261208000000_WorkLeases")]
public sealed class WorkLeases : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "WorkLeases",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Owner = table.Column<string>(maxLength: 200, nullable: true),
                AcquiredAt = table.Column<DateTimeOffset>(nullable: true),
                ExpiresAt = table.Column<DateTimeOffset>(nullable: true),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WorkLeases", x => x.Name));
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "WorkLeases");
    }
}
