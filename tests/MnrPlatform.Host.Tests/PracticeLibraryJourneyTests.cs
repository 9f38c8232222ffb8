using System.Diagnostics;
using Microsoft.Playwright;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Host.Tests.Journeys;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The library's journey on the demo installation, each person in a browser window of their own: Kenya's
/// focal point records an example and sends it for review; the secretariat suggests an edit; the country
/// accepts it; the secretariat approves at member visibility; the country consents; a viewer finds the
/// example by search; the country withdraws; the viewer no longer finds it, nor can open its page.
/// </summary>
public sealed class PracticeLibraryJourneyTests : IAsyncLifetime
{
    // A word no demo text holds, so that the search finds this example alone.
    private const string Word = "Zephyrline";
    private const string Title = "Zephyrline: a national child helpline open around the clock";
    private const string PosterName = "helpline-poster.png";

    // A 1×1 PNG: the attachment is recognised by its content.
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private const string EditedResults = "Calls from children doubled in the first year; referrals reach services within a day.";

    private readonly DemoPlatformFactory factory = new();
    private readonly List<JourneyBrowser> windows = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private ChromiumSession? session;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }

        await factory.DisposeAsync();
    }

    [Fact]
    public async Task An_example_is_recorded_curated_consented_found_and_hidden_again_when_consent_is_withdrawn()
    {
        try
        {
            await RunJourneyAsync();
        }
        catch (Exception)
        {
            foreach (var (window, i) in windows.Select((w, i) => (w, i)))
            {
                await window.ScreenshotAsync($"practice-journey-failed-window-{i}");
                await window.SaveHtmlAsync($"practice-journey-failed-window-{i}");
            }

            throw;
        }
    }

    private async Task RunJourneyAsync()
    {
        session = await ChromiumSession.StartAsync(factory);
        var country = await OpenWindowAsync(DemoAccounts.All.Single(a => a.Role == MnrPlatform.Core.Access.Roles.FocalPoint).Email);
        var secretariat = await OpenWindowAsync(DemoAccounts.All.Single(a => a.Role == MnrPlatform.Core.Access.Roles.Analyst).Email);
        var viewer = await OpenWindowAsync(DemoAccounts.All.Single(a => a.Role == MnrPlatform.Core.Access.Roles.Viewer).Email);
        Step("three people signed in");

        // 1. Kenya's focal point records the example from the library and sends it for review.
        await country.GotoAsync("practice");
        await country.ClickAndLoadAsync("[data-testid=new-example]", url => url.AbsolutePath == "/practice/new");
        await country.WaitForInteractiveAsync("[data-testid=example-form]");
        Assert.Contains("Kenya", await country.TextAsync("[data-testid=country-fixed]"), StringComparison.Ordinal);
        await country.ChooseAsync("[data-testid=capability]", "Victim · Child helpline");
        await country.TypeAsync("title", Title);
        await country.TypeAsync("what-was-done", "A free national helpline for children, open day and night, with counsellors trained on online abuse.");
        await country.TypeAsync("results", "Calls from children doubled in the first year.");
        await country.TypeAsync("lessons", "Train the counsellors on online harm before the line opens.");
        await country.TypeAsync("contact-role", "Head of the national child helpline");
        await country.ChooseAsync("[data-testid=phase]", "Phase 3 · Established");
        await country.ScreenshotAsync("practice-record");
        await country.Page.ClickAsync("[data-testid=save-example]");
        await country.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/edit", StringComparison.Ordinal));
        var id = int.Parse(new Uri(country.Page.Url).Segments[2].TrimEnd('/'), System.Globalization.CultureInfo.InvariantCulture);
        await country.WaitForInteractiveAsync("[data-testid=example-form]");
        await country.Page.Locator("[data-testid=attachment-editor] input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = PosterName,
            MimeType = "image/png",
            Buffer = OnePixelPng,
        });
        await country.Page.Locator("[data-testid=attachment-editor] [data-attachment]", new PageLocatorOptions { HasTextString = PosterName }).WaitForAsync();
        Assert.Equal(0, await country.Page.Locator("[data-testid=attachment-error]").CountAsync());
        Step("focal point attached a poster");
        await country.Page.ClickAsync("[data-testid=submit-example]");
        await country.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/practice/{id}");
        await country.Page.Locator("[data-testid=example-status]", new PageLocatorOptions { HasTextString = "In review" }).WaitForAsync();
        Step($"focal point recorded example {id} and sent it for review");

        // The viewer cannot see it yet, neither in the library nor at its address.
        Assert.Equal(0, await FoundAsync(viewer));
        Assert.Equal(404, await StatusOfAsync(viewer, $"practice/{id}"));

        // 2. The secretariat suggests an edit of the results.
        await OpenReviewAsync(secretariat, id);
        await secretariat.ScreenshotAsync("practice-curation");
        await secretariat.Page.ClickAsync("[data-testid=suggest-edit]");
        var dialog = secretariat.Page.Locator(".mud-dialog [data-testid=example-editor]");
        await dialog.WaitForAsync();
        await secretariat.TypeAsync("suggest-note", "Say what happened to the referrals too: peers ask about them.");
        var results = secretariat.Page.Locator(".mud-dialog textarea[data-testid=results], .mud-dialog [data-testid=results] textarea").First;
        await results.FillAsync(EditedResults);
        await results.PressAsync("Tab");
        await secretariat.Page.ClickAsync(".mud-dialog [data-testid=suggest-send]");
        await WaitForStatusAsync(secretariat, "Edits suggested");
        Step("secretariat suggested an edit");

        // 3. The country accepts the suggestion: the text changes.
        await OpenReviewAsync(country, id);
        Assert.Contains("referrals", await country.TextAsync("[data-testid=suggestion-note]"), StringComparison.Ordinal);
        await country.ScreenshotAsync("practice-country-suggestion");
        await country.Page.ClickAsync("[data-testid=accept-suggestion]");
        await country.Page.Locator("[data-testid=reviewed-text] [data-testid=results]", new PageLocatorOptions { HasTextString = "referrals reach services" }).WaitForAsync();
        Step("country accepted the edit");

        // 4. The secretariat tags it, proposes member visibility and approves.
        await OpenReviewAsync(secretariat, id);
        await secretariat.TypeAsync("themes", "helplines, victim-support");
        await secretariat.ChooseAsync("[data-testid=proposed]", "Alliance members (signed-in users)");
        await secretariat.Page.ClickAsync("[data-testid=approve]");
        await WaitForStatusAsync(secretariat, "Approved");
        Step("secretariat approved at member visibility");

        // Approved without consent: still hidden from the viewer.
        Assert.Equal(0, await FoundAsync(viewer));

        // 5. The country consents to this exact version at member visibility.
        await OpenReviewAsync(country, id);
        var version = await country.TextAsync("[data-testid=example-version]");
        await country.ChooseAsync("[data-testid=consent-visibility]", "Alliance members (signed-in users)");
        await country.Page.ClickAsync("[data-testid=give-consent]");
        var confirm = country.Page.Locator(".mud-dialog");
        await confirm.WaitForAsync();
        var asked = await confirm.InnerTextAsync();
        Assert.Contains($"version {version}", asked, StringComparison.Ordinal);
        Assert.Contains("Alliance members (signed-in users)", asked, StringComparison.Ordinal);
        await country.Page.ClickAsync(".mud-dialog button:has-text('Consent')");
        await country.Page.Locator("[data-testid=consent-stands]").WaitForAsync();
        Assert.Contains("Alliance members", await country.TextAsync("[data-testid=consented-visibility]"), StringComparison.Ordinal);
        await country.ScreenshotAsync("practice-consent");
        Step($"country consented to version {version} for members");

        // 6. The viewer finds it by search and reads the consented text, named.
        Assert.Equal(1, await FoundAsync(viewer));
        Assert.Equal("Kenya", await viewer.TextAsync($"[data-example='{id}'] [data-testid=source]"));
        await viewer.ScreenshotAsync("practice-library");
        await viewer.ClickAndLoadAsync($"[data-example='{id}'] [data-testid=example-link]", url => url.AbsolutePath == $"/practice/{id}");
        Assert.Contains("referrals reach services", await viewer.TextAsync("[data-testid=results]"), StringComparison.Ordinal);
        Assert.Equal(0, await viewer.Page.Locator("[data-testid=example-facts]").CountAsync());
        // The link as the browser resolves it (relative to the page's base), fetched with the viewer's cookies.
        var poster = await viewer.Page.Locator($"[data-testid=attachments] a:has-text('{PosterName}')").EvaluateAsync<string>("a => a.href");
        var download = await viewer.Page.APIRequest.GetAsync(poster);
        Assert.Equal(200, download.Status);
        Assert.Equal(OnePixelPng, await download.BodyAsync());
        await viewer.ScreenshotAsync("practice-example");
        var anonymous = await OpenWindowAsync(null);
        Assert.Equal(0, await FoundAsync(anonymous));
        Step("viewer found it; anonymous did not (members only)");

        // The secretariat's worklist says it is consented; the reports page offers it for the secretariat report only.
        await secretariat.GotoAsync("practice/worklist");
        Assert.StartsWith("Consented: members", await secretariat.TextAsync($"tr[data-example='{id}'] [data-testid=progress-consent]"), StringComparison.Ordinal);
        await ChooseForReportAsync(secretariat, id);
        Step("secretariat chose it for the secretariat report");

        // 7. The country withdraws: hidden again at once.
        await OpenReviewAsync(country, id);
        await country.Page.ClickAsync("[data-testid=withdraw-consent]");
        await country.Page.Locator(".mud-dialog").WaitForAsync();
        await country.Page.ClickAsync(".mud-dialog button:has-text('Withdraw')");
        await country.Page.Locator("[data-testid=give-consent]").WaitForAsync();
        Assert.Equal(0, await FoundAsync(viewer));
        Assert.Equal(404, await StatusOfAsync(viewer, $"practice/{id}"));
        Step("country withdrew; the viewer no longer sees it");
        await secretariat.GotoAsync("practice/worklist");
        Assert.StartsWith("Consent withdrawn", await secretariat.TextAsync($"tr[data-example='{id}'] [data-testid=progress-consent]"), StringComparison.Ordinal);

        // The pages at phone width.
        var phone = await OpenWindowAsync(DemoAccounts.All.Single(a => a.Role == MnrPlatform.Core.Access.Roles.Analyst).Email, 390);
        await phone.GotoAsync($"practice/{id}");
        await phone.ScreenshotAsync("practice-example-390");
        await AssertNoSidewaysScrollAsync(phone);
        await OpenReviewAsync(phone, id);
        await phone.ScreenshotAsync("practice-curation-390");
        await AssertNoSidewaysScrollAsync(phone);
        await phone.GotoAsync("practice");
        await phone.ScreenshotAsync("practice-library-390");
        await AssertNoSidewaysScrollAsync(phone);

        foreach (var window in windows)
        {
            // The 404s (and Chromium's console line for each) are the journey's own checks of hidden examples.
            Assert.DoesNotContain(window.Problems, p => !p.Contains("404", StringComparison.Ordinal));
        }
    }

    private async Task<JourneyBrowser> OpenWindowAsync(string? email, int width = 1280)
    {
        var window = await JourneyBrowser.OpenAsync(session!, width);
        windows.Add(window);
        if (email is not null)
        {
            await window.SignInAsync(email, DemoAccounts.Password);
        }

        return window;
    }

    private static async Task OpenReviewAsync(JourneyBrowser window, int id)
    {
        await window.GotoAsync($"practice/{id}/review");
        await window.WaitForInteractiveAsync("[data-testid=example-review]");
    }

    // On the reports page: not offered for the public report (consented to members), chosen for the secretariat report, whose download then holds its box.
    private static async Task ChooseForReportAsync(JourneyBrowser window, int id)
    {
        var number = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await window.GotoAsync("reports");
        await window.WaitForInteractiveAsync("[data-testid=report-examples][data-audience=public]");
        Assert.DoesNotContain(number, (await window.Page.GetAttributeAsync("[data-testid=report-examples]", "data-candidates") ?? "").Split(' '));
        await window.ChooseAsync("[data-testid=report-examples-audience]", "Secretariat report");
        await window.Page.Locator($"[data-testid=report-examples][data-audience=secretariat][data-candidates~='{number}']").WaitForAsync();
        await window.Page.Locator("[data-testid=report-examples-select]").ClickAsync();
        await window.Page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = Title }).ClickAsync();
        await window.Page.Keyboard.PressAsync("Escape");
        await window.Page.Locator($"[data-testid=report-examples-links][data-examples='{number}']").WaitForAsync();
        await window.ScreenshotAsync("practice-report-picker");
        var markdown = await window.Page.Locator("[data-testid=report-examples-links] a:has-text('Markdown')").EvaluateAsync<string>("a => a.href");
        Assert.Contains($"audience=secretariat&examples={number}", markdown, StringComparison.Ordinal);
        var report = await window.Page.APIRequest.GetAsync(markdown);
        Assert.Equal(200, report.Status);
        Assert.Contains($"<!-- example: {number} -->", await report.TextAsync(), StringComparison.Ordinal);
    }

    private static Task WaitForStatusAsync(JourneyBrowser window, string status) =>
        window.Page.Locator("[data-testid=example-status]", new PageLocatorOptions { HasTextString = status }).WaitForAsync();

    /// <summary>How many library results the search for the journey's word gives this window.</summary>
    private static async Task<int> FoundAsync(JourneyBrowser window)
    {
        await window.GotoAsync("practice");
        await window.Page.FillAsync("#q", Word);
        await window.ClickAndLoadAsync("[data-testid=library-search-submit]", url => url.Query.Contains(Word, StringComparison.Ordinal));
        return await window.Page.Locator("[data-testid=example-card]").CountAsync();
    }

    private static async Task<int> StatusOfAsync(JourneyBrowser window, string path)
    {
        var response = await window.Page.GotoAsync(window.Url(path));
        return response?.Status ?? 0;
    }

    private static async Task AssertNoSidewaysScrollAsync(JourneyBrowser window) =>
        Assert.True(await window.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{window.Page.Url} scrolls sideways");

    private void Step(string what) =>
        TestContext.Current.TestOutputHelper?.WriteLine($"practice journey: {what} at {clock.Elapsed.TotalSeconds:F1} s");
}
