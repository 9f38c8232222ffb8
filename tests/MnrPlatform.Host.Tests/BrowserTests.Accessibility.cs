using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>axe-core on every page, as each role sees it: no serious or critical violation anywhere.</summary>
public sealed partial class BrowserTests
{
    /// <summary>The pages of each role (null: a visitor who is not signed in).</summary>
    public static TheoryData<string?, string[]> PagesByRole() => new()
    {
        { null, ["", "domains", "domains/policy", "indicators", "practice", "account/sign-in", "no/such/page"] },
        { Roles.Viewer, ["", "domains/victim?tab=indicators", "indicators", "reports", "account/password"] },
        { Roles.FocalPoint, ["surveys", "surveys/2026-self-assessment/KEN/maturity-self-assessment", "countries/KEN", "exchanges", "reports", "practice/new"] },
        { Roles.Analyst, ["", "secretariat", "surveys", "surveys/2026-self-assessment", "surveys/2026-self-assessment/transfer", "countries", "countries/KEN", "map", "peer-learning", "domains/policy", "practice/worklist"] },
        { Roles.Administrator, ["admin", "admin/audit", "plugins"] },
    };

    [Theory]
    [MemberData(nameof(PagesByRole))]
    public async Task Every_page_passes_axe_without_serious_or_critical_violations(string? role, string[] paths)
    {
        var (page, _, _) = await OpenPageAsync();
        if (role is not null)
        {
            await SignInAsDemoAsync(page, role);
        }

        var violations = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(new Uri(baseAddress, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            violations.AddRange((await Accessibility.SeriousViolationsAsync(page)).Select(v => $"/{path}: {v}"));
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
