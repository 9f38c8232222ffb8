using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MnrPlatform.Data.Migrations;

/// <summary>Uploaded answer files between their preview and their application (the web import).</summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261122500000_PendingImports")]
public sealed class PendingImports : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "PendingImports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoundCode = table.Column<string>(maxLength: 100, nullable: false),
                FileName = table.Column<string>(maxLength: 260, nullable: false),
                Content = table.Column<byte[]>(nullable: false),
                UploadedBy = table.Column<string>(maxLength: 256, nullable: false),
                UploadedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PendingImports", x => x.Id));
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "PendingImports");
    }
}
