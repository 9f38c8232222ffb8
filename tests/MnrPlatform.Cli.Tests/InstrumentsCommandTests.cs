using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Cli.Tests;

/// <summary><c>mnr instruments list</c>: the plugins' instruments (synced into the store first) and the secretariat's.</summary>
public sealed class InstrumentsCommandTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    [Fact]
    public async Task List_syncs_the_declared_instruments_and_prints_each_with_its_respondent_plugins_and_question_count()
    {
        var (exit, output, error) = await Cli.RunAsync("instruments", "list", "--data-path", data.Path, "--plugins", DemoStore.DomainPlugins);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = Assert.Single(lines, l => l.StartsWith("CODE", StringComparison.Ordinal));
        Assert.Equal(["CODE", "NAME", "RESPONDENT", "DECLARED", "BY", "QUESTIONS"], header.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var survey = Assert.Single(lines, l => l.StartsWith("government-survey ", StringComparison.Ordinal));
        Assert.Contains("Government survey", survey, StringComparison.Ordinal);
        Assert.Contains("Government focal point", survey, StringComparison.Ordinal);
        Assert.Contains("mnrplatform.domains.victim", survey, StringComparison.Ordinal);
        Assert.Matches(@"\s\d+$", survey);
        Assert.Single(lines, l => l.StartsWith("maturity-self-assessment ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("unicef-country-office-survey ", StringComparison.Ordinal));

        await using var db = Open();
        Assert.Equal(3, await db.Instruments.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_instrument_the_secretariat_made_is_listed_as_the_secretariats()
    {
        Assert.Equal(0, (await Cli.RunAsync("instruments", "list", "--data-path", data.Path, "--plugins", DemoStore.DomainPlugins)).Exit);
        await using (var db = Open())
        {
            var instrument = new Instrument { Code = "follow-up", Name = "Follow-up", RespondentType = "National focal point" };
            instrument.Questions.Add(new InstrumentQuestion { InstrumentCode = "follow-up", QuestionId = "victim.child-helpline.maturity.phase" });
            db.Instruments.Add(instrument);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var (exit, output, _) = await Cli.RunAsync("instruments", "list", "--data-path", data.Path, "--plugins", DemoStore.DomainPlugins);

        Assert.Equal(0, exit);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("follow-up ", StringComparison.Ordinal));
        Assert.Matches(@"secretariat\s+1$", line.TrimEnd());
    }

    private MnrDbContext Open()
    {
        var options = new DbContextOptionsBuilder<MnrDbContext>();
        options.UseStore(StoreConnection.Resolve(new StoreOptions { DataPath = data.Path }, data.Path));
        return new MnrDbContext(options.Options);
    }
}
