using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Entities;
using MnrPlatform.Host.Tests.Processes;

namespace MnrPlatform.Host.Tests.Instances;

/// <summary>
/// Issue 21, "background work once across instances": three host processes share one PostgreSQL
/// database and one SMTP server; only the holder of the outbox lease sends, every message arrives
/// exactly once, and when the holder is killed another instance takes the lease over and goes on.
/// </summary>
public sealed class BackgroundWorkOnceTests
{
    private const int Instances = 3;
    private const string OutboxLease = "email-outbox";
    // Long enough that a holder starved of CPU on a busy machine still renews in time (every third of it).
    private static readonly TimeSpan LeaseLength = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan SentWithin = TimeSpan.FromSeconds(60);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Three_instances_send_each_message_once_and_another_takes_over_when_the_sender_is_killed()
    {
        await using var smtp = SmtpTestServer.Create();
        await smtp.StartAsync();
        await using var store = await InstanceStore.NewPostgreSqlAsync();
        var environment = store.Environment();
        environment["WorkLeases__Length"] = LeaseLength.ToString("c", CultureInfo.InvariantCulture);
        environment["Email__Sender__PollInterval"] = "00:00:00.300";
        environment["Email__Smtp__Host"] = SmtpTestServer.Host;
        environment["Email__Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        environment["Email__Smtp__Security"] = nameof(SmtpSecurity.None);
        environment["Email__Smtp__SenderAddress"] = "secretariat@mnr.test";

        // The first host migrates; the others start once it is ready, so the three race only for the lease.
        var hosts = new List<HostProcess> { HostProcess.Start("instance 1", environment) };
        try
        {
            await hosts[0].WaitReadyAsync(ReadyWithin);
            hosts.AddRange(Enumerable.Range(2, Instances - 1).Select(i => HostProcess.Start($"instance {i}", environment)));
            await Task.WhenAll(hosts.Skip(1).Select(h => h.WaitReadyAsync(ReadyWithin)));

            var first = await EnqueueAsync(store, "first", 30);
            await AssertEachSentOnceAsync(smtp, store, first);

            var holder = await HolderAsync(store, hosts);
            Assert.Equal(hosts.Select(h => h == holder ? first.Count : 0), hosts.Select(SentBy));
            await holder.KillAsync();
            var killedAt = Stopwatch.StartNew();
            var second = await EnqueueAsync(store, "second", 20);

            var successor = await WaitForNewHolderAsync(store, hosts, holder);
            var takeover = killedAt.Elapsed;
            Assert.True(
                takeover <= LeaseLength + (LeaseLength / 3) + TimeSpan.FromSeconds(5),
                $"{successor.Name} took the outbox lease {takeover.TotalSeconds:0.0} s after the holder died; the lease lasts {LeaseLength.TotalSeconds} s.");
            await AssertEachSentOnceAsync(smtp, store, [.. first, .. second]);
            Assert.Equal(hosts.Select(h => h == holder ? first.Count : h == successor ? second.Count : 0), hosts.Select(SentBy));
            Assert.All(hosts.Where(h => h != holder), h => Assert.False(h.HasExited, $"{h.Name} exited:\n{h.Tail()}"));
            TestContext.Current.TestOutputHelper?.WriteLine($"Outbox lease taken over {takeover.TotalSeconds:0.0} s after kill -9 of its holder (lease {LeaseLength.TotalSeconds} s).");
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private static async Task<List<string>> EnqueueAsync(InstanceStore store, string batch, int count)
    {
        await using var db = store.Open();
        var outbox = new Outbox(db, TimeProvider.System);
        var subjects = Enumerable.Range(1, count).Select(i => $"lease test {batch} {i:000}").ToList();
        foreach (var subject in subjects)
        {
            outbox.Enqueue(new EmailMessage("test", "focal.point@mnr.test", subject, $"Body of {subject}."));
        }

        await db.SaveChangesAsync(Cancellation);
        return subjects;
    }

    private static async Task AssertEachSentOnceAsync(SmtpTestServer smtp, InstanceStore store, List<string> subjects)
    {
        await smtp.WaitForAsync(subjects.Count, SentWithin);
        // Give a second sender (if there were one) time to send a copy.
        await Task.Delay(LeaseLength);
        var received = smtp.Messages().Select(SubjectOf).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(subjects.Order(StringComparer.Ordinal), received);

        await using var db = store.Open();
        var rows = await db.OutboxMessages.AsNoTracking().ToListAsync(Cancellation);
        Assert.All(rows, m => Assert.True(m.SentAt is not null && m.Attempts == 1, $"Message '{m.Subject}': sent {m.SentAt}, attempts {m.Attempts}, error {m.LastError}"));
    }

    private static async Task<HostProcess> HolderAsync(InstanceStore store, IReadOnlyList<HostProcess> hosts)
    {
        await using var db = store.Open();
        var lease = await db.WorkLeases.AsNoTracking().SingleAsync(l => l.Name == OutboxLease, Cancellation);
        return HostOf(lease, hosts) ?? throw new InvalidOperationException($"The outbox lease is held by '{lease.Owner}', none of the hosts started.");
    }

    private static async Task<HostProcess> WaitForNewHolderAsync(InstanceStore store, IReadOnlyList<HostProcess> hosts, HostProcess dead)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < SentWithin)
        {
            await using var db = store.Open();
            var lease = await db.WorkLeases.AsNoTracking().SingleAsync(l => l.Name == OutboxLease, Cancellation);
            if (HostOf(lease, hosts) is { } holder && holder != dead)
            {
                return holder;
            }

            await Task.Delay(100, Cancellation);
        }

        Assert.Fail($"No instance took the outbox lease within {SentWithin} after {dead.Name} was killed.");
        return dead;
    }

    /// <summary>How many messages the instance logged as sent ("E-mail 12 (test) sent on attempt 1").</summary>
    private static int SentBy(HostProcess host) =>
        host.Output.Split('\n').Count(line => line.Contains("E-mail ", StringComparison.Ordinal) && line.Contains(" sent on attempt ", StringComparison.Ordinal));

    // Lease owners are "<random>/<process id>/<machine>" (OutboxLeaseOwner).
    private static HostProcess? HostOf(WorkLease lease, IReadOnlyList<HostProcess> hosts) =>
        hosts.SingleOrDefault(h => lease.Owner?.Split('/') is [_, var pid, ..] && pid == h.ProcessId.ToString(CultureInfo.InvariantCulture));

    private static string SubjectOf(string message) =>
        message.Split('\n').Select(l => l.TrimEnd('\r')).First(l => l.StartsWith("Subject: ", StringComparison.Ordinal))["Subject: ".Length..];
}
