using Microsoft.Playwright;

namespace MnrPlatform.Host.Tests.Journeys;

/// <summary>
/// One person's browser window in a journey: its own context (cookies), the problems it met
/// (console errors, failed requests, HTTP errors) and the moves every journey makes.
/// </summary>
internal sealed class JourneyBrowser
{
    private readonly List<string> problems = [];
    private readonly List<IResponse> responses = [];

    private JourneyBrowser(IPage page, Uri baseAddress)
    {
        Page = page;
        BaseAddress = baseAddress;
    }

    public IPage Page { get; }

    public Uri BaseAddress { get; }

    /// <summary>A new window with its own cookies.</summary>
    public static async Task<JourneyBrowser> OpenAsync(ChromiumSession session, int width = 1280)
    {
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var window = new JourneyBrowser(page, session.BaseAddress);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add(window.problems, $"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => Add(window.problems, $"page error: {error}");
        page.RequestFailed += (_, request) =>
        {
            if (!window.IsPatchedInPageFetch(request))
            {
                Add(window.problems, $"request failed: {request.Url} {request.Failure}");
            }
        };
        page.Response += (_, response) =>
        {
            Add(window.responses, response);
            if (response.Status >= 400 && !IsGoneInvitation(response))
            {
                Add(window.problems, $"HTTP {response.Status}: {response.Url}");
            }
        };
        return window;
    }

    /// <summary>What went wrong in this window so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (problems)
            {
                return [.. problems];
            }
        }
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public Task GotoAsync(string path) =>
        Page.GotoAsync(Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

    /// <summary>Signs in through the sign-in form and waits for the landing page.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await GotoAsync("account/sign-in");
        await Page.FillAsync("#email", email);
        await Page.FillAsync("#password", password);
        await ClickAndLoadAsync("[data-testid=sign-in]", url => !url.AbsolutePath.StartsWith("/account/", StringComparison.Ordinal));
    }

    /// <summary>
    /// Clicks what submits a form or follows a link, then waits for the next page to settle (Blazor's
    /// enhanced navigation changes the address before it patches the page in; js/layout.js counts its loads).
    /// </summary>
    public async Task ClickAndLoadAsync(string selector, Func<Uri, bool> arrived)
    {
        var loadsBefore = await Page.EvaluateAsync<int>("() => { window.mnrAwaitingNavigation = true; return window.mnrEnhancedLoads || 0; }");
        var navigation = Page.WaitForURLAsync(url => arrived(new Uri(url)), new PageWaitForURLOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await Page.ClickAsync(selector);
        await navigation;
        await Page.WaitForFunctionAsync("before => !window.mnrAwaitingNavigation || (window.mnrEnhancedLoads || 0) > before", loadsBefore);
    }

    /// <summary>Waits until the circuit runs the component marked with <c>data-interactive</c>: clicks before that are lost.</summary>
    public Task WaitForInteractiveAsync(string selector) =>
        Page.WaitForSelectorAsync($"{selector}[data-interactive=true]", new PageWaitForSelectorOptions { Timeout = 15_000 });

    /// <summary>Types into a MudTextField (whose test id may sit on the input or around it) and leaves it, which commits the value.</summary>
    public async Task TypeAsync(string testId, string text)
    {
        var input = Page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;
        await input.FillAsync(text);
        await input.PressAsync("Tab");
    }

    /// <summary>Opens a MudSelect (its combobox) and picks the option named <paramref name="option"/>.</summary>
    public async Task ChooseAsync(string combobox, string option)
    {
        await Page.Locator(combobox).ClickAsync();
        await Page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option, Exact = true }).ClickAsync();
    }

    /// <summary>The trimmed text of the first match.</summary>
    public async Task<string> TextAsync(string selector) => (await Page.Locator(selector).First.TextContentAsync())?.Trim() ?? "";

    /// <summary>With MNR_TEST_SCREENSHOTS set to a folder, keeps a picture of the page (or of what the window shows) for a person to look at.</summary>
    public async Task ScreenshotAsync(string name, bool fullPage = true)
    {
        var folder = Environment.GetEnvironmentVariable("MNR_TEST_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            // A snackbar is fixed to the window: in a full-page picture it floats over whatever is there.
            await Page.Locator(".mud-snackbar").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 15_000 });
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
        }
    }

    /// <summary>With MNR_TEST_SCREENSHOTS set, keeps the page's HTML beside the pictures.</summary>
    public async Task SaveHtmlAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("MNR_TEST_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await Page.ContentAsync());
        }
    }

    // A used invitation link answers 410 Gone with a page that says so: that is the page, not a problem.
    private static bool IsGoneInvitation(IResponse response) =>
        response.Status == 410 && new Uri(response.Url).AbsolutePath.StartsWith("/invitation/", StringComparison.Ordinal);

    // Playwright raises page events on its own threads while the test reads the lists: both sides lock.
    private static void Add<T>(List<T> list, T item)
    {
        lock (list)
        {
            list.Add(item);
        }
    }

    /// <summary>Chromium reports the fetch of Blazor's enhanced navigation as aborted right after its 200 (see BrowserTests).</summary>
    private bool IsPatchedInPageFetch(IRequest request)
    {
        if (request.ResourceType != "fetch" || request.Failure != "net::ERR_ABORTED" || !request.Url.StartsWith(BaseAddress.ToString(), StringComparison.Ordinal))
        {
            return false;
        }

        lock (responses)
        {
            return responses.Any(r => r.Url == request.Url && r.Status == 200);
        }
    }
}
