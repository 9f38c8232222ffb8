namespace MnrPlatform.Data.Migrations;

/// <summary>
/// Provider annotations used by the hand-written migrations and the snapshot. Each provider reads
/// its own and ignores the other's, which is what lets one migration serve both databases.
/// </summary>
internal static class ProviderAnnotations
{
    public const string SqliteAutoincrement = "Sqlite:Autoincrement";
    public const string NpgsqlValueGenerationStrategy = "Npgsql:ValueGenerationStrategy";
}
