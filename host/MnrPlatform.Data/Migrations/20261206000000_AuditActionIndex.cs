using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MnrPlatform.Data.Migrations;

/// <summary>
/// An index on the audit log's action and id: the administration grid filters by action and pages
/// newest first, which at 100,000 entries must not scan and sort the table.
/// </summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261206000000_AuditActionIndex")]
public sealed class AuditActionIndex : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_Action_Id", table: "AuditEntries", columns: ["Action", "Id"]);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: "IX_AuditEntries_Action_Id", table: "AuditEntries");
    }
}
