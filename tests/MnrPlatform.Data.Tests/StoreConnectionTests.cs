using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Tests;

public sealed class StoreConnectionTests : IDisposable
{
    private readonly TempDirectory contentRoot = new();

    public void Dispose() => contentRoot.Dispose();

    [Fact]
    public void Default_is_a_sqlite_file_in_a_data_folder_under_the_content_root()
    {
        var connection = StoreConnection.Resolve(new StoreOptions(), contentRoot.Path);

        Assert.Equal(StoreProvider.Sqlite, connection.Provider);
        var expected = Path.Combine(contentRoot.Path, "data", StoreOptions.SqliteFileName);
        Assert.Contains(expected, connection.ConnectionString, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(contentRoot.Path, "data")));
    }

    [Fact]
    public void Absolute_data_path_is_used_as_given()
    {
        var folder = Path.Combine(contentRoot.Path, "elsewhere", "db");

        var connection = StoreConnection.Resolve(new StoreOptions { DataPath = folder }, "/unused");

        Assert.Contains(Path.Combine(folder, StoreOptions.SqliteFileName), connection.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql")]
    [InlineData("PostgreSql")]
    public void Provider_name_is_case_insensitive(string provider)
    {
        var connection = StoreConnection.Resolve(
            new StoreOptions { Provider = provider, ConnectionString = "Host=db;Database=mnr;Username=u;Password=p" }, contentRoot.Path);

        Assert.Equal(StoreProvider.PostgreSql, connection.Provider);
    }

    [Fact]
    public void Unknown_provider_is_refused_with_the_setting_and_the_choices()
    {
        var e = Assert.Throws<StoreConfigurationException>(() =>
            StoreConnection.Resolve(new StoreOptions { Provider = "Oracle" }, contentRoot.Path));

        Assert.Contains("Store:Provider", e.Message, StringComparison.Ordinal);
        Assert.Contains("'Oracle'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite, PostgreSql", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSql_without_connection_string_names_the_missing_setting()
    {
        var e = Assert.Throws<StoreConfigurationException>(() =>
            StoreConnection.Resolve(new StoreOptions { Provider = "PostgreSql" }, contentRoot.Path));

        Assert.Contains("Store:ConnectionString", e.Message, StringComparison.Ordinal);
        Assert.Contains("Store__ConnectionString", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_PostgreSql_connection_string_is_refused()
    {
        var e = Assert.Throws<StoreConfigurationException>(() =>
            StoreConnection.Resolve(new StoreOptions { Provider = "PostgreSql", ConnectionString = "Hots=db;Nonsense" }, contentRoot.Path));

        Assert.Contains("not a valid PostgreSQL connection string", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_never_contains_the_password()
    {
        var connection = StoreConnection.Resolve(
            new StoreOptions { Provider = "PostgreSql", ConnectionString = "Host=db.internal;Port=5433;Database=mnr;Username=u;Password=s3cret" },
            contentRoot.Path);

        Assert.Equal("PostgreSQL database mnr on db.internal:5433", connection.ToString());
        Assert.DoesNotContain("s3cret", connection.Describe(), StringComparison.Ordinal);
    }
}
