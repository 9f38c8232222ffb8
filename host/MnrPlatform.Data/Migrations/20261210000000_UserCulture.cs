using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MnrPlatform.Data.Migrations;

/// <summary>The language each user chose for the platform's pages (issue 22): a nullable culture name.</summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261210000000_UserCulture")]
public sealed class UserCulture : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: "PreferredCulture", table: "AspNetUsers", maxLength: 16, nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "PreferredCulture", table: "AspNetUsers");
    }
}
