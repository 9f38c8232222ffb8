using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Reference;
using MnrPlatform.Host.Tests.Processes;

namespace MnrPlatform.Host.Tests.Instances;

/// <summary>
/// Issue 21, "start together": four host processes started at the same moment on one empty
/// database all become ready, and migration and every seed (reference data, roles, demo accounts,
/// the initial administrator, demo rounds) happened exactly once.
/// </summary>
public sealed class StartTogetherTests
{
    private const int Instances = 4;
    private const string AdministratorEmail = "first.admin@mnr.test";
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Four_hosts_started_at_once_on_empty_PostgreSQL_all_become_ready_and_seed_once()
    {
        await using var store = await InstanceStore.NewPostgreSqlAsync();
        await StartTogetherAndCheckAsync(store);
    }

    [Fact]
    public async Task Four_hosts_started_at_once_on_a_new_SQLite_file_all_become_ready_and_seed_once()
    {
        await using var store = InstanceStore.NewSqlite();
        await StartTogetherAndCheckAsync(store);
    }

    private static async Task StartTogetherAndCheckAsync(InstanceStore store)
    {
        var environment = store.Environment();
        environment["Demo__Enabled"] = "true";
        environment["Accounts__InitialAdministrator__Email"] = AdministratorEmail;
        environment["Accounts__InitialAdministrator__Password"] = "Start-together-1!";

        var hosts = Enumerable.Range(1, Instances).Select(i => HostProcess.Start($"instance {i}", environment)).ToList();
        try
        {
            await Task.WhenAll(hosts.Select(h => h.WaitReadyAsync(ReadyWithin)));
            Assert.All(hosts, h => Assert.False(h.HasExited, $"{h.Name} exited after becoming ready:\n{h.Tail()}"));

            var logs = hosts.Select(h => h.Output).ToList();
            Assert.Single(logs, log => log.Contains("Applied ", StringComparison.Ordinal) && log.Contains(" migration(s) to the store", StringComparison.Ordinal));
            Assert.Equal(Instances - 1, logs.Count(log => log.Contains("Store schema is up to date", StringComparison.Ordinal)));
            Assert.Single(logs, log => log.Contains("Reference data loaded", StringComparison.Ordinal));
            Assert.Single(logs, log => log.Contains("Demo mode: loaded the demo rounds", StringComparison.Ordinal));
            Assert.Single(logs, log => log.Contains($"Created the initial administrator {AdministratorEmail}", StringComparison.Ordinal));

            await AssertSeededOnceAsync(store);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private static async Task AssertSeededOnceAsync(InstanceStore store)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var db = store.Open();
        var reference = ReferenceDataFiles.BuiltIn().Read();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(cancellation));
        Assert.Equal(1, await db.ReferenceDataImports.CountAsync(cancellation));
        Assert.Equal(reference.Countries.Count, await db.Countries.CountAsync(cancellation));
        Assert.Equal(reference.IncomeGroups.Count, await db.CountryIncomeGroups.CountAsync(cancellation));
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), (await db.Roles.Select(r => r.Name!).ToListAsync(cancellation)).Order(StringComparer.Ordinal));

        var expectedEmails = DemoAccounts.All.Select(a => a.Email).Append(AdministratorEmail).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var emails = (await db.Users.Select(u => u.Email!).ToListAsync(cancellation)).Order(StringComparer.OrdinalIgnoreCase).ToList();
        Assert.Equal(expectedEmails, emails);
        Assert.Equal(expectedEmails.Count, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.UserCreated, cancellation));

        var instruments = await db.Instruments.Select(i => i.Code).ToListAsync(cancellation);
        Assert.NotEmpty(instruments);
        Assert.Equal(instruments.Count, instruments.Distinct(StringComparer.Ordinal).Count());

        var rounds = (await db.SurveyRounds.Select(r => r.Code).ToListAsync(cancellation)).Order(StringComparer.Ordinal);
        Assert.Equal(DemoRoundCodes(), rounds);
        var answers = await db.Answers.CountAsync(cancellation);
        var distinctAnswers = await db.Answers.Select(a => new { a.SubmissionId, a.QuestionId }).Distinct().CountAsync(cancellation);
        Assert.True(answers > 0, "The demo dataset stored no answers.");
        Assert.Equal(distinctAnswers, answers);
    }

    /// <summary>The round codes of the demo specs in samples/data/demo, which the demo dataset stores.</summary>
    private static List<string> DemoRoundCodes()
    {
        var codes = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.Path("samples", "data", "demo"), "*.json"))
        {
            using var spec = JsonDocument.Parse(File.ReadAllText(file));
            codes.Add(spec.RootElement.GetProperty("round").GetProperty("code").GetString()!);
        }

        return [.. codes.Order(StringComparer.Ordinal)];
    }
}
