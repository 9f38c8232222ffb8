using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Practice;
using static MnrPlatform.Data.Tests.Practice.PracticeKit;

namespace MnrPlatform.Data.Tests.Practice;

/// <summary>A wrong text is refused with a message that names its field and says what to do; nothing is stored.</summary>
public sealed class DraftValidationTests : IAsyncLifetime
{
    private readonly SqliteTestStore store = new();
    private MnrDbContext db = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => db = await ((ITestStore)store).OpenPreparedAsync(Cancellation);

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await store.DisposeAsync();
    }

    public static TheoryData<string, string, string> Wrong => new()
    {
        { "no-title", nameof(ExampleDraft.Title), "required" },
        { "long-title", nameof(ExampleDraft.Title), "at most 300 characters (this one has 301)" },
        { "no-what", nameof(ExampleDraft.WhatWasDone), "Say what was done" },
        { "phase-0", nameof(ExampleDraft.PhaseReached), "1 to 4, not 0" },
        { "phase-5", nameof(ExampleDraft.PhaseReached), "1 to 4, not 5" },
        { "ftp-link", nameof(ExampleDraft.Links), "'ftp://files.example.org/a.pdf' is not an absolute http(s) address" },
        { "relative-link", nameof(ExampleDraft.Links), "'/reports/a.pdf' is not an absolute http(s) address" },
        { "script-link", nameof(ExampleDraft.Links), "'javascript:alert(1)' is not an absolute http(s) address" },
        { "unagreed-name", nameof(ExampleDraft.ContactName), "only when they agreed" },
        { "unknown-capability", nameof(ExampleDraft.CapabilityCode), "'cyber-dragons' is not a capability of the framework" },
        { "unknown-language", nameof(ExampleDraft.Language), "'qqq-nope' is not a known language code" },
        { "no-language", nameof(ExampleDraft.Language), "say which language" },
    };

    [Theory]
    [MemberData(nameof(Wrong))]
    public async Task A_wrong_field_is_named_in_the_refusal(string wrong, string field, string reason)
    {
        var draft = wrong switch
        {
            "no-title" => Draft(" "),
            "long-title" => Draft(new string('t', 301)),
            "no-what" => Draft() with { WhatWasDone = "" },
            "phase-0" => Draft() with { PhaseReached = 0 },
            "phase-5" => Draft() with { PhaseReached = 5 },
            "ftp-link" => Draft() with { Links = ["https://www.example.org/ok", "ftp://files.example.org/a.pdf"] },
            "relative-link" => Draft() with { Links = ["/reports/a.pdf"] },
            "script-link" => Draft() with { Links = ["javascript:alert(1)"] },
            "unagreed-name" => Draft() with { ContactName = "Ana Popescu", ContactAgreed = false },
            "unknown-capability" => Draft(capability: "cyber-dragons"),
            "unknown-language" => Draft() with { Language = "qqq-nope" },
            _ => Draft() with { Language = " " },
        };

        var refused = await Assert.ThrowsAsync<PracticeException>(() => Examples(db).CreateAsync(Moldova, "MDA", draft, Cancellation));

        Assert.Equal(field, refused.Field);
        Assert.StartsWith(field + ":", refused.Message, StringComparison.Ordinal);
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.False(await db.PracticeExamples.AnyAsync(Cancellation));
    }

    [Fact]
    public async Task A_good_text_is_tidied_its_domain_taken_from_the_catalog_and_its_language_made_canonical()
    {
        var id = await Examples(db).CreateAsync(Moldova, "MDA", Draft("  Helpline  ") with { Language = "PT-br", Results = "  ", Links = [" https://www.example.org/a ", "https://www.example.org/a"] }, Cancellation);

        var stored = await db.PracticeExamples.AsNoTracking().SingleAsync(e => e.Id == id, Cancellation);
        Assert.Equal(("Helpline", "pt-BR", (string?)null, "victim", 1), (stored.Title, stored.Language, stored.Results, stored.DomainCode, stored.Version));
        Assert.Equal("[\"https://www.example.org/a\"]", stored.Links);
        var theme = await Assert.ThrowsAsync<PracticeException>(() => Examples(db).CurateAsync(Analyst, id, new ExampleCuration(["Online grooming"], Entities.ExampleVisibility.Members, false), Cancellation));
        Assert.Equal(nameof(ExampleCuration.Themes), theme.Field);
    }
}
