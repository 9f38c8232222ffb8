using System.Text.Json;
using Microsoft.Playwright;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// axe-core's accessibility rules, run in the page a browser test has open. The script comes from
/// npm with the host's other front-end packages (a development dependency: the host never serves
/// it) and is evaluated through the DevTools protocol, which the page's Content-Security-Policy
/// does not apply to, so the page is checked under its real policy.
/// </summary>
internal static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() =>
        File.ReadAllText(Repository.Path("host", "MnrPlatform.Host", "node_modules", "axe-core", "axe.min.js")));

    /// <summary>Every serious or critical violation on the page, one line each: rule, impact, what to do, where (first three elements).</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(AxeSource.Value);
        var json = await page.EvaluateAsync<string>(
            """
            async () => {
              const result = await window.axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`));
            }
            """);
        return JsonSerializer.Deserialize<string[]>(json) ?? [];
    }
}
