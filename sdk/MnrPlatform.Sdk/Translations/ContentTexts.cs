using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Translations;

/// <summary>
/// Every <see cref="LocalizedText"/> a plugin registers: the domain's, its capabilities' (names,
/// descriptions, why it matters, the four phase descriptors), questions' (text, help, options),
/// indicators' (name, what it measures, unit, metadata sheet), charts' titles, visualizations' titles
/// and descriptions, instruments' and the
/// report section's (introduction, finding templates).
/// </summary>
public static class ContentTexts
{
    /// <summary>Every text of <paramref name="content"/>, in registration order, repeats included.</summary>
    public static IEnumerable<LocalizedText> All(DomainContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        IEnumerable<LocalizedText?> texts =
        [
            content.Domain.Name,
            content.Domain.Description,
            .. content.Instruments.SelectMany(i => new[] { i.Name, i.RespondentType }),
            .. content.Capabilities.SelectMany(Of),
            .. content.Questions.SelectMany(Of),
            .. content.Indicators.SelectMany(Of),
            .. content.Charts.Select(c => c.Title),
            .. content.Visualizations.SelectMany(v => new[] { v.Title, v.Description }),
            .. content.ReportSection?.Introduction ?? [],
            .. content.ReportSection?.Findings.Select(f => f.Text) ?? [],
        ];
        return texts.OfType<LocalizedText>();
    }

    /// <summary>The distinct English texts of <paramref name="content"/>, sorted ordinally: the keys of its catalogs.</summary>
    public static IReadOnlyList<string> EnglishKeys(DomainContent content) =>
        [.. All(content).Select(t => t.English).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static IEnumerable<LocalizedText> Of(CapabilityInfo c) =>
        [c.Name, c.Description, c.WhyItMatters, c.Phases.Phase1, c.Phases.Phase2, c.Phases.Phase3, c.Phases.Phase4];

    private static IEnumerable<LocalizedText?> Of(QuestionInfo q) =>
        [q.Text, q.Help, .. q.Options.Select(o => o.Label)];

    private static IEnumerable<LocalizedText> Of(IndicatorInfo i) =>
        [i.Name, i.Measures, i.Unit, i.Metadata.Purpose, i.Metadata.Computation, i.Metadata.Limitations];
}
