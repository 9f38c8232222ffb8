using System.Text.RegularExpressions;

namespace MnrPlatform.Sdk.Content;

/// <summary>The content rules of a plugin's report section; each problem names the template and how to fix it.</summary>
internal static partial class ReportSectionRules
{
    public static void Check(List<string> problems, ReportSectionInfo section, HashSet<string> indicatorIds)
    {
        if (section.Introduction is null || section.Findings is null)
        {
            problems.Add("The report section's Introduction and Findings must not be null (leave them empty instead).");
            return;
        }

        if (section.Introduction.Any(p => p is null))
        {
            problems.Add("The report section's introduction holds a null paragraph: remove it.");
        }

        foreach (var template in section.Findings)
        {
            if (template is null)
            {
                problems.Add("The report section holds a null finding template: remove it.");
                continue;
            }

            if (!indicatorIds.Contains(template.IndicatorId))
            {
                problems.Add($"The report section has a finding for indicator '{template.IndicatorId}', which this plugin does not register.{DidYouMean.Suffix(template.IndicatorId, indicatorIds)}");
            }

            var wordings = template.Text.Translations.Select(t => (Culture: t.Key, Text: t.Value)).Prepend((Culture: "en", Text: template.Text.English));
            foreach (var (culture, text) in wordings)
            {
                CheckPlaceholders(problems, template.IndicatorId, culture, text);
            }
        }

        foreach (var duplicate in section.Findings.OfType<FindingTemplate>().GroupBy(t => t.IndicatorId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"The report section has {duplicate.Count()} finding templates for indicator '{duplicate.Key}': give one.");
        }
    }

    private static void CheckPlaceholders(List<string> problems, string indicatorId, string culture, string text)
    {
        var where = $"The finding template of indicator '{indicatorId}' ({culture})";
        var placeholders = Placeholder().Matches(text).Select(m => m.Value).ToList();
        foreach (var required in new[] { FindingTemplate.Countries, FindingTemplate.Share })
        {
            var count = placeholders.Count(p => p == required);
            if (count != 1)
            {
                problems.Add($"{where} holds {required} {count} times: use it exactly once, so the finding names who is counted and the counts.");
            }
        }

        foreach (var unknown in placeholders.Where(p => p is not FindingTemplate.Countries and not FindingTemplate.Share).Distinct(StringComparer.Ordinal))
        {
            problems.Add($"{where} holds the unknown placeholder {unknown}: only {FindingTemplate.Countries} and {FindingTemplate.Share} are filled in.");
        }

        if (Placeholder().Replace(text, "").IndexOfAny(['{', '}']) >= 0)
        {
            problems.Add($"{where} holds a stray brace: braces may only enclose {FindingTemplate.Countries} or {FindingTemplate.Share}.");
        }
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();
}
