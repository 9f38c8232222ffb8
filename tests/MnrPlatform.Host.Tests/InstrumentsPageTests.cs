using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

/// <summary>The secretariat's instruments page: the plugins' instruments, synced into the store at start, with their question counts.</summary>
public sealed class InstrumentsPageTests
{
    [Fact]
    public async Task The_declared_instruments_are_listed_with_their_plugins_and_question_counts()
    {
        await using var platform = new DemoPlatformFactory();
        var analyst = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Analyst).Email, DemoAccounts.Password);

        var html = await analyst.GetStringAsync(new Uri("/surveys/instruments", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"instruments\"", html, StringComparison.Ordinal);
        foreach (var code in new[] { "government-survey", "maturity-self-assessment", "unicef-country-office-survey" })
        {
            Assert.Contains($"<code>{code}</code>", html, StringComparison.Ordinal);
        }

        Assert.Contains("Government focal point", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("6 plugins").Length - 1);
        Assert.Matches("data-testid=\"question-count\"[^>]*>168<", html);
    }
}
