namespace MnrPlatform.Data.Store;

/// <summary>The database engines the platform can run on.</summary>
public enum StoreProvider
{
    /// <summary>An embedded SQLite file: the default, for a single machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for several stateless host instances.</summary>
    PostgreSql,
}
