using Xunit;

namespace MnrPlatform.TestSupport;

/// <summary>
/// Tests that need a part the machine may lack (Chromium, a PostgreSQL server) ask for it here.
/// When it is missing the test is skipped with the reason; under CI (<c>CI=true</c>) the same
/// call fails the test, because CI installs every part and a silent skip would hide a gap.
/// </summary>
public static class Requires
{
    /// <summary>The environment variable that holds a PostgreSQL connection string for tests.</summary>
    public const string PostgreSqlVariable = "MNR_TEST_POSTGRES";

    /// <summary>The environment variable that points at a Chromium binary (default /usr/bin/chromium).</summary>
    public const string ChromiumVariable = "MNR_TEST_CHROMIUM";

    /// <summary>True when running under CI, where a missing part is a failure.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A connection string to a PostgreSQL server whose user may create databases.</summary>
    public static string PostgreSql()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgreSqlVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Missing($"no PostgreSQL server: set {PostgreSqlVariable} to a connection string (.ci/run starts one and sets it).");
        }

        return connectionString!;
    }

    /// <summary>Where the tests' Chromium should be (<see cref="ChromiumVariable"/>, else /usr/bin/chromium), whether or not it is there.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { } path && !string.IsNullOrWhiteSpace(path) ? path : "/usr/bin/chromium";

    /// <summary>The path of a Chromium binary for browser tests.</summary>
    public static string Chromium()
    {
        var path = ChromiumPath;
        if (!File.Exists(path))
        {
            Missing($"no Chromium at {path}: install Debian's 'chromium' package or set {ChromiumVariable} (.ci/run installs it).");
        }

        return path;
    }

    /// <summary>Skips the test with <paramref name="reason"/>, or fails it under CI.</summary>
    public static void Missing(string reason)
    {
        if (IsCi)
        {
            Assert.Fail($"Required part missing under CI=true: {reason}");
        }

        Assert.Skip(reason);
    }
}
