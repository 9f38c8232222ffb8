using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Cli.Tests;

/// <summary>`mnr rounds create|list|open|close|publish` on an empty SQLite store (no demo data).</summary>
public sealed class RoundsCommandTests : IDisposable
{
    private readonly TempDirectory data = new();

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) =>
        Cli.RunAsync([.. args, "--data-path", data.Path, "--plugins", DemoStore.DomainPlugins]);

    private Task<(int Exit, string Output, string Error)> RunWithoutPluginsAsync(params string[] args) =>
        Cli.RunAsync([.. args, "--data-path", data.Path]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    // The Instruments table is filled from the plugins' declarations by the host; here by hand.
    private async Task AddInstrumentAsync()
    {
        var (exit, _, error) = await RunWithoutPluginsAsync("db", "migrate");
        Assert.True(exit == 0, error);
        await using var db = Open();
        db.Instruments.Add(new Instrument { Code = "government-survey", Name = "Government survey", RespondentType = "Government focal point" });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private MnrDbContext Open()
    {
        var options = new DbContextOptionsBuilder<MnrDbContext>();
        options.UseStore(StoreConnection.Resolve(new StoreOptions { DataPath = data.Path }, data.Path));
        return new MnrDbContext(options.Options);
    }

    [Fact]
    public async Task Create_makes_a_draft_that_list_shows_and_a_wrong_field_is_named()
    {
        await AddInstrumentAsync();
        var deadline = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (badExit, _, badError) = await RunAsync("rounds", "create", "--code", "2027-review", "--name", "2027 review", "--year", "2027", "--instrument", "government-survey", "--countries", "KEN,XYZ");
        var (pastExit, _, pastError) = await RunAsync("rounds", "create", "--code", "2027-review", "--name", "2027 review", "--year", "2027", "--instrument", "government-survey", "--deadline", "2020-01-01");
        var (exit, output, error) = await RunAsync("rounds", "create", "--code", "2027-review", "--name", "2027 review", "--year", "2027", "--instrument", "government-survey", "--countries", "KEN,gha,PER", "--deadline", deadline);
        var (listExit, list, listError) = await RunWithoutPluginsAsync("rounds", "list");

        Assert.Equal((1, 1), (badExit, pastExit));
        Assert.Contains("error: countries: No country has the ISO3 code 'XYZ'", badError, StringComparison.Ordinal);
        Assert.Contains("error: deadline: The deadline 2020-01-01 23:59 UTC has passed", pastError, StringComparison.Ordinal);
        Assert.True(exit == 0, error);
        Assert.Contains("Created 2027-review as a draft: 1 instrument(s), 3 invited countries.", output, StringComparison.Ordinal);
        Assert.True(listExit == 0, listError);
        Assert.Matches($@"2027-review\s+draft\s+2027\s+{deadline}\s+3\s+2027 review", list);
        await using var db = Open();
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == "round.created", TestContext.Current.CancellationToken);
        Assert.StartsWith("cli:", audit.Actor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_only_opens_and_only_with_invited_countries()
    {
        await AddInstrumentAsync();
        Assert.Equal(0, (await RunAsync("rounds", "create", "--code", "empty", "--name", "Empty", "--year", "2027", "--instrument", "government-survey")).Exit);

        var (closeExit, _, closeError) = await RunAsync("rounds", "close", "empty");
        var (openExit, _, openError) = await RunAsync("rounds", "open", "empty");
        var (missingExit, _, missingError) = await RunAsync("rounds", "publish", "nope");

        Assert.Equal((1, 1, 1), (closeExit, openExit, missingExit));
        Assert.Contains("from draft to open", closeError, StringComparison.Ordinal);
        Assert.Contains("Empty invites no country yet", openError, StringComparison.Ordinal);
        Assert.Contains("There is no survey round nope", missingError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_then_close_then_publish_moves_a_round_through_its_life()
    {
        await AddInstrumentAsync();
        Assert.Equal(0, (await RunAsync("rounds", "create", "--code", "2027-review", "--name", "2027 review", "--year", "2027", "--instrument", "government-survey", "--countries", "KEN")).Exit);

        var (openExit, openOutput, openError) = await RunAsync("rounds", "open", "2027-review");
        var (closeExit, _, closeError) = await RunAsync("rounds", "close", "2027-review");
        var (publishExit, publishOutput, publishError) = await RunAsync("rounds", "publish", "2027-review");

        Assert.True(openExit == 0, openError);
        Assert.Contains("2027-review is open.", openOutput, StringComparison.Ordinal);
        Assert.True(closeExit == 0, closeError);
        Assert.True(publishExit == 0, publishError);
        Assert.Contains("2027-review is published.", publishOutput, StringComparison.Ordinal);
    }
}
