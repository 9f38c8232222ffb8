using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;

namespace MnrPlatform.Data.Tests.PracticeFiles;

/// <summary>
/// Attachments: PDFs and images recognised by content; programs, markup, oversized files and PDFs
/// with script refused with a reason naming the file, storing nothing; only the example's country
/// and the secretariat writer change its files.
/// </summary>
public abstract class ExampleAttachmentsTests : IAsyncLifetime
{
    private static readonly AccessScope Kenya = Scope(Roles.FocalPoint, "KEN");
    private static readonly AccessScope Ghana = Scope(Roles.FocalPoint, "GHA");
    private static readonly AccessScope Analyst = Scope(Roles.Analyst);
    private static readonly AccessScope Viewer = Scope(Roles.Viewer);

    private ITestStore store = null!;
    private MnrDbContext db = null!;
    private int example;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        db = await store.OpenPreparedAsync(Cancellation);
        example = await ExampleRows.AddAsync(db, "KEN", "Toll-free child helpline", "A line open day and night.", cancellationToken: Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "report.pdf", TestFiles.WindowsProgram(), "is a Windows program" },
        { "photo.png", TestFiles.LinuxProgram(), "is a Linux program" },
        { "chart.jpg", TestFiles.Script(), "is a script" },
        { "annex.pdf", TestFiles.Zip(), "is a ZIP archive" },
        { "page.pdf", TestFiles.Html(), "is a web page" },
        { "logo.png", TestFiles.Svg(), "is a web page, SVG" },
        { "notes.pdf", "plain words"u8.ToArray(), "is of a type that is not accepted" },
        { "alert.pdf", TestFiles.Pdf("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> "), "contains JavaScript" },
        { "hidden.pdf", TestFiles.Pdf("/Names << /J#61vaScript 9 0 R >> "), "contains JavaScript" },
        { "launch.pdf", TestFiles.Pdf("/OpenAction << /S /Launch /F (cmd.exe) >> "), "can launch a program" },
        { "carrier.pdf", TestFiles.Pdf("/Names << /EmbeddedFiles 9 0 R >> "), "carries embedded files" },
        { "locked.pdf", TestFiles.Pdf("/Encrypt 9 0 R "), "is encrypted" },
        { "packed.pdf", TestFiles.PdfWithScriptInObjectStream(), "contains JavaScript (/JavaScript) in a compressed stream" },
        { "hex.pdf", TestFiles.PdfWithScriptInObjectStream("[/ASCIIHexDecode /FlateDecode]", b => TestFiles.AsciiHex(TestFiles.Deflate(b))), "cannot be checked for script" },
        { "photo.pdf", TestFiles.Png(), "is a PNG image by its content, but its name ends in “.pdf”" },
        { "empty.pdf", [], "is empty" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_refused_file_is_named_with_the_reason_and_nothing_is_stored(string name, byte[] content, string reason)
    {
        var e = await Assert.ThrowsAsync<PracticeException>(() => AddAsync(Kenya, name, content));

        Assert.Contains($"“{name}”", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Equal("File", e.Field);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_nothing_is_stored()
    {
        byte[] big = [.. TestFiles.Pdf(), .. new byte[(10 * 1024 * 1024) - TestFiles.Pdf().Length + 1]];

        var e = await Assert.ThrowsAsync<PracticeException>(() => AddAsync(Kenya, "big.pdf", big));

        Assert.Equal("“big.pdf” is larger than 10 MB, the most a file may be.", e.Message);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task The_size_limit_comes_from_configuration()
    {
        var service = Service(new AttachmentOptions { MaxBytes = 1024 });

        var e = await Assert.ThrowsAsync<PracticeException>(() => service.AddAsync(Kenya, example, "annex.pdf", new MemoryStream([.. TestFiles.Pdf(), .. new byte[1024]]), Cancellation));

        Assert.Contains("larger than 1 KB", e.Message, StringComparison.Ordinal);
        Assert.True(await service.AddAsync(Kenya, example, "small.pdf", new MemoryStream(TestFiles.Pdf()), Cancellation) > 0);
    }

    [Theory]
    [InlineData("report.pdf", "application/pdf")]
    [InlineData("poster.PNG", "image/png")]
    [InlineData("photo.jpeg", "image/jpeg")]
    [InlineData("diagram.webp", "image/webp")]
    [InlineData("compressed.pdf", "application/pdf")]
    public async Task A_good_pdf_or_image_is_stored_with_its_type_from_its_content(string name, string type)
    {
        var content = type switch
        {
            "image/png" => TestFiles.Png(),
            "image/jpeg" => TestFiles.Jpeg(),
            "image/webp" => TestFiles.WebP(),
            _ => name.StartsWith("compressed", StringComparison.Ordinal) ? TestFiles.PdfWithCompressedContent() : TestFiles.Pdf(),
        };

        var id = await AddAsync(Kenya, "C:\\Users\\fp\\" + name, content);

        var stored = await db.ExampleAttachments.AsNoTracking().SingleAsync(a => a.Id == id, Cancellation);
        Assert.Equal(name, stored.FileName);
        Assert.Equal(type, stored.ContentType);
        Assert.Equal(content, stored.Content);
        Assert.Equal(content.Length, stored.Size);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), stored.Sha256);
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditActions.ExampleAttachmentAdded, Cancellation);
        Assert.Equal("KEN", entry.CountryIso3);
        Assert.Contains(name, entry.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_file_is_a_new_version_that_goes_back_to_review_so_no_consent_covers_it()
    {
        var row = await db.PracticeExamples.SingleAsync(e => e.Id == example, Cancellation);
        row.Status = PracticeExampleStatus.Approved;
        await db.SaveChangesAsync(Cancellation);

        var id = await AddAsync(Kenya, "report.pdf", TestFiles.Pdf());
        var afterAdd = await db.PracticeExamples.AsNoTracking().SingleAsync(e => e.Id == example, Cancellation);
        await Service().RemoveAsync(Analyst, id, Cancellation);
        var afterRemove = await db.PracticeExamples.AsNoTracking().SingleAsync(e => e.Id == example, Cancellation);

        Assert.Equal((2, PracticeExampleStatus.InReview), (afterAdd.Version, afterAdd.Status));
        Assert.Equal(3, afterRemove.Version);
        Assert.Empty(await db.ExampleAttachments.ToListAsync(Cancellation));
        Assert.Single(await db.AuditEntries.Where(a => a.Action == AuditActions.ExampleAttachmentRemoved).ToListAsync(Cancellation));
    }

    [Fact]
    public async Task An_example_holds_at_most_the_configured_number_of_files_and_no_file_twice()
    {
        for (var i = 0; i < 10; i++)
        {
            await AddAsync(Kenya, $"p{i}.png", TestFiles.Png(i));
        }

        var tooMany = await Assert.ThrowsAsync<PracticeException>(() => AddAsync(Kenya, "p10.png", TestFiles.Png(10)));
        await Service().RemoveAsync(Kenya, (await db.ExampleAttachments.FirstAsync(Cancellation)).Id, Cancellation);
        var twice = await Assert.ThrowsAsync<PracticeException>(() => AddAsync(Kenya, "again.png", TestFiles.Png(5)));

        Assert.Contains("already has 10 files", tooMany.Message, StringComparison.Ordinal);
        Assert.Equal("“again.png” is already attached to this example as “p5.png”.", twice.Message);
        Assert.Equal(9, await db.ExampleAttachments.CountAsync(Cancellation));
    }

    [Fact]
    public async Task Only_the_examples_country_and_the_secretariat_writer_change_its_files()
    {
        var own = await AddAsync(Kenya, "own.pdf", TestFiles.Pdf());
        var secretariat = await AddAsync(Analyst, "secretariat.png", TestFiles.Png());

        await Assert.ThrowsAsync<AccessDeniedException>(() => AddAsync(Ghana, "other.pdf", TestFiles.Pdf("/Lang (en) ")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => AddAsync(Viewer, "viewer.pdf", TestFiles.Pdf("/Lang (fr) ")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().RemoveAsync(Ghana, own, Cancellation));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().RemoveAsync(Viewer, secretariat, Cancellation));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => AddAsync(Kenya, "lost.pdf", TestFiles.Pdf(), exampleId: example + 1000));

        Assert.Equal(2, await db.ExampleAttachments.CountAsync(Cancellation));
    }

    [Fact]
    public async Task A_file_is_served_to_those_who_see_its_example_named_and_to_no_one_else()
    {
        var id = await AddAsync(Kenya, "report.pdf", TestFiles.Pdf());

        var own = await Service().OpenAsync(Kenya, id, Cancellation);
        var secretariat = await Service().OpenAsync(Analyst, id, Cancellation);

        Assert.Equal(("report.pdf", "application/pdf"), (own!.Value.FileName, own.Value.ContentType));
        Assert.Equal(TestFiles.Pdf(), secretariat!.Value.Content);
        Assert.Null(await Service().OpenAsync(Ghana, id, Cancellation));
        Assert.Null(await Service().OpenAsync(Viewer, id, Cancellation));
        Assert.Null(await Service().OpenAsync(AccessScope.Anonymous, id, Cancellation));
        Assert.Null(await Service().OpenAsync(Analyst, id + 1000, Cancellation));
    }

    [Fact]
    public async Task A_consented_public_example_serves_its_files_to_anyone_and_an_anonymised_one_to_no_one()
    {
        var id = await AddAsync(Kenya, "report.pdf", TestFiles.Pdf());
        var row = await db.PracticeExamples.SingleAsync(e => e.Id == example, Cancellation);
        row.Status = PracticeExampleStatus.Approved;
        row.ProposedVisibility = ExampleVisibility.Public;
        row.AnonymisedAs = AnonymityLevel.Region;
        row.AnonymisedVisibility = ExampleVisibility.Public;
        await db.SaveChangesAsync(Cancellation);
        Assert.Null(await Service().OpenAsync(AccessScope.Anonymous, id, Cancellation));

        db.ExampleConsents.Add(new ExampleConsent { ExampleId = example, Version = row.Version, Visibility = ExampleVisibility.Public, GivenBy = "fp@ken", GivenAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(Cancellation);

        Assert.NotNull(await Service().OpenAsync(AccessScope.Anonymous, id, Cancellation));
        Assert.NotNull(await Service().OpenAsync(Ghana, id, Cancellation));
    }

    private ExampleAttachments Service(AttachmentOptions? options = null) =>
        new(db, new AuditLog(db), Options.Create(options ?? new AttachmentOptions()), TimeProvider.System);

    private Task<int> AddAsync(AccessScope scope, string name, byte[] content, int? exampleId = null) =>
        Service().AddAsync(scope, exampleId ?? example, name, new MemoryStream(content), Cancellation);

    private async Task AssertNothingStoredAsync()
    {
        Assert.Equal(0, await db.ExampleAttachments.CountAsync(Cancellation));
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ExampleAttachmentAdded, Cancellation));
        var row = await db.PracticeExamples.AsNoTracking().SingleAsync(e => e.Id == example, Cancellation);
        Assert.Equal((1, PracticeExampleStatus.Draft), (row.Version, row.Status));
    }

    private static AccessScope Scope(string role, string? country = null) =>
        AccessScope.For(new PlatformPrincipal("id-" + role + country, $"{role}{country}@example.org", [role], country));
}

public sealed class SqliteExampleAttachmentsTests : ExampleAttachmentsTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlExampleAttachmentsTests : ExampleAttachmentsTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
