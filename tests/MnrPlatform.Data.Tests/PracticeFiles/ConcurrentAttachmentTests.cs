using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Practice;

namespace MnrPlatform.Data.Tests.PracticeFiles;

/// <summary>
/// Two uploads at the same moment to an example that holds 9 files: both pass the early check, and
/// the store lets exactly one through, so the example never holds more than its 10 files.
/// </summary>
public abstract class ConcurrentAttachmentTests : IAsyncLifetime
{
    private static readonly AccessScope Kenya = AccessScope.For(new PlatformPrincipal("id-fp-ken", "fp@ken.example.org", [Roles.FocalPoint], "KEN"));

    private ITestStore store = null!;
    private int example;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        await using var db = await store.OpenPreparedAsync(Cancellation);
        example = await ExampleRows.AddAsync(db, "KEN", "Toll-free child helpline", "A line open day and night.", cancellationToken: Cancellation);
        for (var i = 0; i < 9; i++)
        {
            await Service(db).AddAsync(Kenya, example, $"p{i}.png", new MemoryStream(TestFiles.Png(i)), Cancellation);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Two_uploads_at_once_cannot_pass_the_limit_of_ten()
    {
        // Each upload's content waits until both uploads are reading it: both have passed the early count check at 9.
        using var reading = new Barrier(2);
        var uploads = Enumerable.Range(100, 2).Select(seed => Task.Run(async () =>
        {
            await using var db = store.Open();
            try
            {
                return (Id: (int?)await Service(db).AddAsync(Kenya, example, $"late{seed}.png", new GatedStream(TestFiles.Png(seed), reading), Cancellation), Error: (string?)null);
            }
            catch (PracticeException e)
            {
                return (Id: null, Error: e.Message);
            }
        }, Cancellation)).ToList();
        var results = await Task.WhenAll(uploads);

        Assert.Single(results, r => r.Id is not null);
        Assert.Contains("“Toll-free child helpline” already has 10 files, the most an example may have", Assert.Single(results, r => r.Error is not null).Error, StringComparison.Ordinal);
        await using var check = store.Open();
        Assert.Equal(10, await check.ExampleAttachments.CountAsync(a => a.ExampleId == example, Cancellation));
        Assert.Equal(10, await check.AuditEntries.CountAsync(a => a.Action == AuditActions.ExampleAttachmentAdded, Cancellation));
        Assert.Equal(11, (await check.PracticeExamples.AsNoTracking().SingleAsync(e => e.Id == example, Cancellation)).Version);
    }

    private static ExampleAttachments Service(MnrDbContext db) =>
        new(db, new AuditLog(db), Options.Create(new AttachmentOptions()), TimeProvider.System);

    // A file's content that is handed over only once both uploads have started reading theirs.
    private sealed class GatedStream(byte[] content, Barrier reading) : MemoryStream(content)
    {
        private bool waited;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!waited)
            {
                waited = true;
                await Task.Run(() => reading.SignalAndWait(TimeSpan.FromSeconds(30), cancellationToken), cancellationToken);
            }

            return await base.ReadAsync(buffer, cancellationToken);
        }
    }
}

public sealed class SqliteConcurrentAttachmentTests : ConcurrentAttachmentTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlConcurrentAttachmentTests : ConcurrentAttachmentTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
