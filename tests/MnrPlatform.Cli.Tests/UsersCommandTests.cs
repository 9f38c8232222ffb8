namespace MnrPlatform.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(string? stdin, params string[] args) =>
        Cli.RunWithInputAsync(stdin, [.. args, "--data-path", data.Path]);

    [Fact]
    public async Task Users_add_creates_the_first_administrator_from_a_password_on_standard_input()
    {
        var (exit, output, error) = await RunAsync("a long admin passphrase\n", "users", "add", "--role", "Administrator", "--email", "admin@example.org", "--password-stdin");

        Assert.True(exit == 0, error);
        Assert.Contains("Added admin@example.org as Administrator.", output, StringComparison.Ordinal);
        var (_, list, _) = await RunAsync(null, "users", "list");
        Assert.Contains("admin@example.org", list, StringComparison.Ordinal);
        Assert.Contains("Administrator", list, StringComparison.Ordinal);
        Assert.Contains("1 account(s).", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_add_without_a_password_refuses_and_creates_nothing()
    {
        Assert.Null(Environment.GetEnvironmentVariable("MNR_USER_PASSWORD"));

        var (exit, _, error) = await RunAsync(null, "users", "add", "--role", "Administrator", "--email", "admin@example.org");

        Assert.Equal(2, exit);
        Assert.Contains("MNR_USER_PASSWORD", error, StringComparison.Ordinal);
        var (_, list, _) = await RunAsync(null, "users", "list");
        Assert.Contains("0 account(s).", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_add_reports_what_to_fix()
    {
        var (badRole, _, roleError) = await RunAsync("a long admin passphrase", "users", "add", "--role", "Root", "--email", "a@example.org", "--password-stdin");
        var (noCountry, _, countryError) = await RunAsync("a long admin passphrase", "users", "add", "--role", "FocalPoint", "--email", "b@example.org", "--password-stdin");
        var (shortPassword, _, passwordError) = await RunAsync("short", "users", "add", "--role", "Viewer", "--email", "c@example.org", "--password-stdin");

        Assert.Equal(1, badRole);
        Assert.Contains("'Root' is not a role", roleError, StringComparison.Ordinal);
        Assert.Equal(1, noCountry);
        Assert.Contains("ISO 3166-1 alpha-3", countryError, StringComparison.Ordinal);
        Assert.Equal(1, shortPassword);
        Assert.Contains("12", passwordError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_password_option_does_not_exist_on_the_command_line()
    {
        var (exit, _, error) = await RunAsync(null, "users", "add", "--role", "Viewer", "--email", "a@example.org", "--password", "secret-on-the-command-line");

        Assert.NotEqual(0, exit);
        Assert.Contains("--password", error, StringComparison.Ordinal);
    }
}
