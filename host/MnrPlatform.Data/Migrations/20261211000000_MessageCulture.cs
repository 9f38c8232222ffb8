using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MnrPlatform.Data.Migrations;

/// <summary>
/// The language of each queued e-mail and of each focal-point invitation (issue 22): e-mails go out in
/// their recipient's language, and an invitation's page opens in the language the secretariat chose.
/// </summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261211000000_MessageCulture")]
public sealed class MessageCulture : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: "Culture", table: "OutboxMessages", maxLength: 16, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Culture", table: "FocalPointInvitations", maxLength: 16, nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "Culture", table: "FocalPointInvitations");
        migrationBuilder.DropColumn(name: "Culture", table: "OutboxMessages");
    }
}
