namespace MnrPlatform.Sdk.Content;

/// <summary>
/// The plugin's own section of a round's review report (SDK 1.1). The host writes the section's
/// numbers; the plugin supplies its words: an introduction and one finding template per indicator.
/// An indicator without a template, or a domain without a section, gets the host's generic wording.
/// </summary>
/// <example><code>
/// domain.ReportSection(new ReportSectionInfo
/// {
///     Introduction = ["How countries support child victims, from first disclosure to recovery."],
///     Findings = [new FindingTemplate("victim.child-helpline.in-place", "{countries} {share} have a national child helpline.")],
/// });
/// // In a report: "Almost all countries surveyed (95 per cent, 40 of 42) have a national child helpline."
/// </code></example>
public sealed record ReportSectionInfo
{
    /// <summary>Paragraphs that open the section, before its findings; may be empty.</summary>
    public IReadOnlyList<LocalizedText> Introduction { get; init; } = [];

    /// <summary>The finding templates, at most one per indicator of the plugin.</summary>
    public IReadOnlyList<FindingTemplate> Findings { get; init; } = [];
}

/// <summary>
/// How one indicator's finding reads. The text must hold <see cref="Countries"/> and
/// <see cref="Share"/> once each and no other placeholder: the host fills them from the indicator's
/// result, so the quantifier, the denominator and the counts are always the engine's.
/// </summary>
/// <param name="IndicatorId">The indicator the finding is written from.</param>
/// <param name="Text">The sentence with its placeholders, in the present tense, e.g. "{countries} {share} have a national child helpline.".</param>
public sealed record FindingTemplate(string IndicatorId, LocalizedText Text)
{
    /// <summary>
    /// Who: a quantifier and the countries counted, e.g. "Almost all countries surveyed" or, when not
    /// every country answered, "Most of the 41 countries that answered". Capitalised at the start of a sentence.
    /// </summary>
    public const string Countries = "{countries}";

    /// <summary>The share with its counts, e.g. "(95 per cent, 40 of 42)".</summary>
    public const string Share = "{share}";
}
