extern alias mnr;

using System.Diagnostics;
using Microsoft.Playwright;
using MnrPlatform.Host.Tests.Journeys;
using MnrCli = mnr::MnrPlatform.Cli.MnrCli;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The issue's journey on an installation with no demo data: the first administrator from
/// <c>mnr users add</c>; the secretariat creates, previews and opens a round and invites a focal
/// point, whose invitation arrives at a real SMTP server; the focal point sets a password, answers
/// and submits; query, reply, validation, closing and publishing; a viewer reads the aggregates
/// with the small cells suppressed.
/// </summary>
public sealed class FirstRoundJourneyTests : IAsyncLifetime
{
    private const string Password = "a long journey passphrase";
    private const string Admin = "admin@first-round.example.org";
    private const string Analyst = "analyst@first-round.example.org";
    private const string Viewer = "viewer@first-round.example.org";
    private const string FocalPoint = "focal.kenya@first-round.example.org";
    private const string RoundCode = "2027-first-round";
    private const string RoundName = "First round 2027";
    private const string Instrument = "government-survey";

    private readonly PlatformFactory factory = new();
    private SmtpTestServer? smtp;
    private ChromiumSession? session;

    private readonly List<JourneyBrowser> windows = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public async ValueTask InitializeAsync()
    {
        smtp = SmtpTestServer.Create();
        await smtp.StartAsync();
        factory.Settings["Email:Smtp:Host"] = SmtpTestServer.Host;
        factory.Settings["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Email:Smtp:Security"] = "None";
        factory.Settings["Email:Smtp:SenderAddress"] = "secretariat@first-round.example.org";
        factory.Settings["Email:Sender:PollInterval"] = "00:00:01";
    }

    public async ValueTask DisposeAsync()
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }

        await factory.DisposeAsync();
        if (smtp is not null)
        {
            await smtp.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_secretariat_runs_a_first_round_from_an_empty_installation_to_published_results()
    {
        try
        {
            await RunJourneyAsync();
        }
        catch (Exception)
        {
            // What each window showed when the journey broke, for a person to look at (with MNR_TEST_SCREENSHOTS).
            foreach (var (window, i) in windows.Select((w, i) => (w, i)))
            {
                await window.ScreenshotAsync($"journey-failed-window-{i}");
                await window.SaveHtmlAsync($"journey-failed-window-{i}");
            }

            throw;
        }
    }

    private async Task RunJourneyAsync()
    {
        // 1. The first administrator, made by the command line in the store the host then starts on (no demo data).
        await FirstAdministratorAsync();
        session = await ChromiumSession.StartAsync(factory);
        Step("host started");

        var admin = await OpenWindowAsync();
        await admin.SignInAsync(Admin, Password);
        await AddAccountAsync(admin, Analyst, "Analyst");
        await AddAccountAsync(admin, Viewer, "Viewer");
        Step("administrator added the analyst and the viewer");

        // 2. The analyst creates the round as a draft, previews the questionnaire and opens the round.
        var analyst = await OpenWindowAsync();
        await analyst.SignInAsync(Analyst, Password);
        await analyst.GotoAsync("surveys");
        Assert.Equal(1, await analyst.Page.Locator("[data-testid=no-rounds]").CountAsync());
        await analyst.ClickAndLoadAsync("[data-testid=new-round]", url => url.AbsolutePath == "/surveys/new");
        await CreateRoundAsync(analyst);
        Step("round created as a draft");

        await PreviewAndOpenAsync(analyst);
        Step("round previewed and opened");

        // The invitation goes to the SMTP server through the outbox.
        await analyst.ChooseAsync("[data-testid=invite-country]", "Kenya (KEN)");
        await analyst.Page.FillAsync("#invite-email", FocalPoint);
        await analyst.Page.ClickAsync("[data-testid=invite]");
        await analyst.Page.Locator("[data-testid=invite-issued]").WaitForAsync();
        Assert.Contains("queued", await analyst.TextAsync("[data-testid=invite-issued]"), StringComparison.Ordinal);
        await analyst.Page.Locator("[data-testid=invitations] tbody tr", new PageLocatorOptions { HasTextString = FocalPoint }).WaitForAsync();

        var mail = await MailToAsync(FocalPoint, 1);
        var invitation = Assert.Single(mail);
        Assert.Equal(session.BaseAddress.Authority, invitation.Link.Authority);
        Step("invitation e-mail arrived");

        // 3. The focal point follows the link in a window of their own, sets a password, answers and submits.
        var country = await OpenWindowAsync();
        await country.Page.GotoAsync(invitation.Link.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Contains("Kenya", await country.TextAsync("[data-testid=invitation-for]"), StringComparison.Ordinal);
        Assert.Contains(FocalPoint, await country.TextAsync("[data-testid=invitation-for]"), StringComparison.Ordinal);
        await country.ScreenshotAsync("journey-invitation");
        await country.Page.FillAsync("#password", Password);
        await country.Page.FillAsync("#confirm", Password);
        var questionnairePath = $"/surveys/{RoundCode}/KEN/{Instrument}";
        // Invited to every instrument of the round, the focal point lands signed in on their own list of questionnaires.
        await country.ClickAndLoadAsync("[data-testid=accept]", url => url.AbsolutePath == "/surveys");
        Assert.Contains("Focal point · KEN", await country.Page.Locator("header").InnerTextAsync(), StringComparison.Ordinal);
        Step("focal point set the password");

        var own = country.Page.Locator($"[data-testid=questionnaire][data-round='{RoundCode}']");
        Assert.Equal(1, await own.CountAsync());
        await country.ClickAndLoadAsync($"[data-testid=questionnaire][data-round='{RoundCode}'] [data-testid=open-questionnaire]", url => url.AbsolutePath == questionnairePath);
        await country.Page.WaitForSelectorAsync("[data-testid=questionnaire][data-interactive=true]", new PageWaitForSelectorOptions { Timeout = 15_000 });
        Assert.Equal("Draft", await country.TextAsync("[data-testid=submission-status]"));
        Assert.True(await country.Page.Locator("[data-testid=missing]").CountAsync() == 1, "a new questionnaire misses its required answers");
        var answered = await QuestionnaireAnswers.AnswerAllRequiredAsync(country.Page);
        Assert.True(answered > 0, "the focal point answered required questions");
        await country.Page.Locator("[data-testid=missing]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await country.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await country.ScreenshotAsync("journey-questionnaire", fullPage: false);
        await country.Page.ClickAsync("[data-testid=submit]");
        await WaitForStatusAsync(country, "Submitted");
        Step($"focal point answered {answered} required questions and submitted");

        // 4. The analyst queries, the country replies, the analyst validates.
        await OpenQuestionnaireAsync(analyst, questionnairePath);
        Assert.Equal("Submitted", await analyst.TextAsync("[data-testid=submission-status]"));
        await analyst.Page.ClickAsync("[data-testid=query]");
        await analyst.Page.FillAsync("#query-comment", "Please add the year the strategy was adopted.");
        await analyst.Page.ClickAsync("[data-testid=query-send]");
        await WaitForStatusAsync(analyst, "Queried");

        await OpenQuestionnaireAsync(country, questionnairePath);
        Assert.Contains("the year the strategy was adopted", await country.TextAsync("[data-testid=open-query]"), StringComparison.Ordinal);
        await country.Page.FillAsync("#reply", "Adopted in 2024; the answers stand.");
        await country.Page.ClickAsync("[data-testid=submit]");
        await WaitForStatusAsync(country, "Resubmitted");

        await OpenQuestionnaireAsync(analyst, questionnairePath);
        Assert.Contains("Adopted in 2024", await analyst.TextAsync("[data-testid=history]"), StringComparison.Ordinal);
        await analyst.Page.ClickAsync("[data-testid=validate]");
        await analyst.Page.ClickAsync("[data-testid=confirm-step]");
        await WaitForStatusAsync(analyst, "Validated");
        Step("queried, replied, validated");

        // The analyst closes and publishes the round on the Surveys page, each step confirmed.
        await analyst.GotoAsync("surveys");
        await analyst.WaitForInteractiveAsync("[data-testid=rounds]");
        await RoundStepAsync(analyst, "closed", "Closed");
        await RoundStepAsync(analyst, "published", "Published");
        Step("round closed and published");

        // 5. A viewer reads the published aggregates: one country counts fewer than five, so its cells are hidden and no country is named.
        var viewer = await OpenWindowAsync();
        await viewer.SignInAsync(Viewer, Password);
        await ViewerReadsSuppressedAggregatesAsync(viewer);
        Step("viewer read the suppressed aggregates");

        // The focal point's e-mail: the invitation, then the query, the validation and the publication.
        var all = await MailToAsync(FocalPoint, 4);
        Assert.True(all.Count >= 4, $"the focal point got {all.Count} e-mails: {string.Join(" | ", all.Select(m => m.Subject))}");
        Assert.Equal(all.Count, all.Select(m => m.Subject + m.Body).Distinct(StringComparer.Ordinal).Count());

        foreach (var window in new[] { admin, analyst, country, viewer })
        {
            Assert.Empty(window.Problems);
        }
    }

    private async Task<JourneyBrowser> OpenWindowAsync()
    {
        var window = await JourneyBrowser.OpenAsync(session!);
        windows.Add(window);
        return window;
    }

    private async Task FirstAdministratorAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(Password + "\n");
        var exit = await MnrCli.RunAsync(["users", "add", "--role", "Administrator", "--email", Admin, "--password-stdin", "--data-path", factory.DataPath], output, error, input);
        Assert.True(exit == 0, $"mnr users add answered {exit}: {error}");
        Assert.Contains($"Added {Admin} as Administrator.", output.ToString(), StringComparison.Ordinal);
        Step("mnr users add");
    }

    private static async Task AddAccountAsync(JourneyBrowser admin, string email, string role)
    {
        await admin.GotoAsync("admin");
        await admin.Page.Locator("[data-testid=users] tbody tr").First.WaitForAsync();
        await admin.Page.ClickAsync("[data-testid=open-add-user]");
        await admin.Page.FillAsync("#new-email", email);
        await admin.Page.FillAsync("#new-password", Password);
        await admin.Page.ClickAsync($".mud-dialog [data-role={role}]");
        await admin.Page.ClickAsync("[data-testid=add-user]");
        await admin.Page.WaitForURLAsync(url => new Uri(url).Query.Contains("added=", StringComparison.Ordinal));
        await admin.Page.Locator("[data-testid=users] tbody tr", new PageLocatorOptions { HasTextString = email }).WaitForAsync();
    }

    private static async Task CreateRoundAsync(JourneyBrowser analyst)
    {
        var page = analyst.Page;
        await analyst.WaitForInteractiveAsync("[data-testid=new-round-form]");
        await analyst.TypeAsync("code", RoundCode);
        await analyst.TypeAsync("name", RoundName);
        await analyst.TypeAsync("year", "2027");
        await page.ClickAsync($"[data-testid=instruments] input[data-instrument={Instrument}], [data-testid=instruments] [data-instrument={Instrument}] input");
        await analyst.TypeAsync("iso3", "KEN, GHA, PHL");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=country-count]')?.textContent.trim() === '3 countries chosen'");
        await ChooseDeadlineAsync(page);
        await analyst.ScreenshotAsync("journey-new-round");

        await analyst.ClickAndLoadAsync("[data-testid=create-round]", url => url.AbsolutePath == $"/surveys/{RoundCode}");
        await page.Locator("[data-testid=setup-panel]").WaitForAsync();
        Assert.Equal("Draft", await analyst.TextAsync("[data-testid=round-status]"));
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=invited] tr[data-country]').length === 3");
        Assert.Equal(["GHA", "KEN", "PHL"], (await page.Locator("[data-testid=invited] tr[data-country]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.country)")).Order(StringComparer.Ordinal));
    }

    /// <summary>Picks the 15th of next month in the deadline's calendar.</summary>
    private static async Task ChooseDeadlineAsync(IPage page)
    {
        await page.Locator("[data-testid=deadline] input, input[data-testid=deadline]").First.ClickAsync();
        var calendar = page.Locator(".mud-popover-open .mud-picker-calendar-container, .mud-popover-open .mud-picker-content").First;
        await calendar.WaitForAsync();
        await page.Locator(".mud-popover-open .mud-picker-nav-button-next").First.ClickAsync();
        await page.Locator(".mud-popover-open button.mud-picker-calendar-day:not(.mud-hidden):not([disabled])", new PageLocatorOptions { HasTextString = "15" }).First.ClickAsync();
        var expected = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 15, 0, 0, 0, DateTimeKind.Utc).AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.WaitForFunctionAsync(
            "expected => [...document.querySelectorAll('[data-testid=deadline] input, input[data-testid=deadline]')].some(i => i.value === expected)",
            expected);
        await page.Keyboard.PressAsync("Escape");
    }

    private static async Task PreviewAndOpenAsync(JourneyBrowser analyst)
    {
        var page = analyst.Page;
        await analyst.ScreenshotAsync("journey-round-setup");
        await analyst.ClickAndLoadAsync($"[data-testid=preview][data-instrument={Instrument}]", url => url.AbsolutePath == $"/surveys/{RoundCode}/preview/{Instrument}");
        Assert.True(await page.Locator("[data-testid=preview-domain]").CountAsync() > 0, "the preview shows the questionnaire's domains");
        var previewed = await page.Locator("[data-testid=preview-domain] [data-testid=question]").CountAsync();
        Assert.True(previewed > 0, "the preview shows questions");
        Assert.Contains("Read-only", await analyst.TextAsync("[data-testid=preview-note]"), StringComparison.Ordinal);
        await analyst.ScreenshotAsync("journey-preview", fullPage: false);

        await analyst.ClickAndLoadAsync($"a[href$='surveys/{RoundCode}']:has-text('Back to the round')", url => url.AbsolutePath == $"/surveys/{RoundCode}");
        await analyst.WaitForInteractiveAsync("[data-testid=submissions-panel]");
        await page.Locator("[data-testid=setup-panel]").WaitForAsync();

        // The questions the round asks can still change: the picker starts from the previewed questionnaire.
        await page.ClickAsync($"[data-testid=choose-questions][data-instrument={Instrument}]");
        await page.Locator(".mud-dialog [data-testid=question-picker]").WaitForAsync();
        Assert.Equal($"{previewed} questions picked", await analyst.TextAsync(".mud-dialog [data-testid=picked-count]"));
        await analyst.ScreenshotAsync("journey-round-questions", fullPage: false);
        await page.ClickAsync(".mud-dialog [data-testid=cancel-questions]");
        await page.Locator(".mud-dialog").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

        await page.ClickAsync("[data-testid=open-the-round]");
        await page.Locator(".mud-dialog [data-testid=step-meaning]").WaitForAsync();
        await page.ClickAsync(".mud-dialog [data-testid=confirm-open]");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=round-status]')?.textContent.trim() === 'Open'");
        Assert.Equal(0, await page.Locator("[data-testid=setup-panel]").CountAsync());
        await page.Locator("[data-testid=round-invitations] [data-testid=invite]").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=no-smtp]").CountAsync());
    }

    private static async Task OpenQuestionnaireAsync(JourneyBrowser window, string path)
    {
        await window.GotoAsync(path.TrimStart('/'));
        await window.Page.WaitForSelectorAsync("[data-testid=questionnaire][data-interactive=true]", new PageWaitForSelectorOptions { Timeout = 15_000 });
    }

    private static Task WaitForStatusAsync(JourneyBrowser window, string status) =>
        window.Page.Locator("[data-testid=submission-status]", new PageLocatorOptions { HasTextString = status }).WaitForAsync();

    private static async Task RoundStepAsync(JourneyBrowser analyst, string step, string status)
    {
        var page = analyst.Page;
        await page.ClickAsync($"[data-round='{RoundCode}'] [data-testid=step-{step}]");
        await page.Locator(".mud-dialog [data-testid=step-meaning]").WaitForAsync();
        await page.ClickAsync($".mud-dialog [data-testid=confirm-{step}]");
        await page.WaitForFunctionAsync(
            "([round, status]) => document.querySelector(`[data-round='${round}'] [data-testid=round-status]`)?.textContent.trim() === status",
            new[] { RoundCode, status });
        await page.Locator(".mud-dialog").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    private static async Task ViewerReadsSuppressedAggregatesAsync(JourneyBrowser viewer)
    {
        var page = viewer.Page;
        await viewer.GotoAsync($"?round={RoundCode}");
        Assert.Equal(RoundCode, await page.Locator("#round").InputValueAsync());
        await viewer.ScreenshotAsync("journey-published-overview");
        // The headlines say why they show no share; the data tables (folded) name the reason per cell, with the note.
        Assert.Contains("Not shown: too few countries answered", await page.Locator("[data-testid=domain-headline]").First.InnerTextAsync(), StringComparison.Ordinal);
        AssertSuppressedAndAnonymous(await page.Locator("main").TextContentAsync() ?? "");

        var domain = await page.Locator("[data-testid=domain-headline] a[href*='domains/']").First.GetAttributeAsync("href");
        Assert.NotNull(domain);
        await viewer.GotoAsync($"{domain!.TrimStart('/').Split('?')[0]}?round={RoundCode}&tab=indicators&breakdown=income-group");
        await viewer.ScreenshotAsync("journey-published-domain");
        AssertSuppressedAndAnonymous(await page.Locator("main").TextContentAsync() ?? "");
    }

    private static void AssertSuppressedAndAnonymous(string text)
    {
        Assert.Contains("suppressed (small group)", text, StringComparison.Ordinal);
        Assert.Contains("Cells counting fewer than 5 countries are suppressed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kenya", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bKEN\b", text);
    }

    private async Task<IReadOnlyList<InvitationMail>> MailToAsync(string address, int count)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var mail = smtp!.Messages().Select(InvitationMail.Parse).Where(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase)).ToList();
            if (mail.Count >= count || DateTime.UtcNow > until)
            {
                return mail;
            }

            await Task.Delay(200);
        }
    }

    private void Step(string what) =>
        TestContext.Current.TestOutputHelper?.WriteLine($"journey: {what} at {clock.Elapsed.TotalSeconds:F1} s");
}
