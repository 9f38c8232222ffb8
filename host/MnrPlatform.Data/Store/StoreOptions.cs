namespace MnrPlatform.Data.Store;

/// <summary>
/// The <c>Store</c> configuration section: which database the platform uses and where it is.
/// Environment variables override appsettings, e.g. <c>Store__Provider=PostgreSql</c>.
/// </summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Store";

    /// <summary>The SQLite file name used inside <see cref="DataPath"/>.</summary>
    public const string SqliteFileName = "mnr.db";

    /// <summary><c>Sqlite</c> (default) or <c>PostgreSql</c>; case does not matter.</summary>
    public string Provider { get; set; } = nameof(StoreProvider.Sqlite);

    /// <summary>
    /// Required for PostgreSQL. For SQLite it is optional and, when given, replaces
    /// <see cref="DataPath"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The folder that holds the SQLite file; a relative path is taken from the application's
    /// content root (the project folder under <c>dotnet run</c>, the app folder when published).
    /// </summary>
    public string DataPath { get; set; } = "data";
}
