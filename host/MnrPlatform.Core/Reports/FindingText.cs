using System.Globalization;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Reports;

/// <summary>How a share of countries is put in words, from none to all.</summary>
public enum Quantifier
{
    /// <summary>No country (0 of N).</summary>
    None,

    /// <summary>Under 20 per cent (as published, rounded), but at least one country.</summary>
    Few,

    /// <summary>20 to under 40 per cent.</summary>
    Minority,

    /// <summary>40 to under 60 per cent.</summary>
    AboutHalf,

    /// <summary>60 to under 90 per cent.</summary>
    Most,

    /// <summary>90 per cent or more, but not every country.</summary>
    AlmostAll,

    /// <summary>Every country (N of N).</summary>
    All,
}

/// <summary>
/// Writes a report's findings from indicator results, as the MNR review does: a quantifier word, then
/// the share with its counts ("Almost all countries surveyed (95 per cent, 40 of 42) ..."), naming the
/// denominator whenever not every country of the round answered. A finding never names a country.
/// </summary>
public static class FindingText
{
    /// <summary>The smallest gap, in percentage points, called a difference between income groups.</summary>
    public const int DifferenceThreshold = 10;

    /// <summary>The quantifier for <paramref name="numerator"/> of <paramref name="denominator"/> countries.</summary>
    public static Quantifier QuantifierOf(int numerator, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numerator, denominator);
        if (numerator == 0)
        {
            return Quantifier.None;
        }

        if (numerator == denominator)
        {
            return Quantifier.All;
        }

        // The share as published (rounded half up), so the word never contradicts the figure beside it.
        var share = Math.Round(100m * numerator / denominator, MidpointRounding.AwayFromZero);
        return share switch
        {
            >= 90 => Quantifier.AlmostAll,
            >= 60 => Quantifier.Most,
            >= 40 => Quantifier.AboutHalf,
            >= 20 => Quantifier.Minority,
            _ => Quantifier.Few,
        };
    }

    /// <summary>
    /// The share parenthesis, the published value and the counts of <paramref name="group"/>, in <paramref name="culture"/>
    /// (English when null): "(95 per cent, 40 of 42)", "(95 pour cent, 40 sur 42)", "(95 %, 40 de 42)", "(95 في المائة، 40 من 42)".
    /// </summary>
    public static string Share(ShownGroup group, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        culture ??= CultureInfo.InvariantCulture;
        return FindingWords.IsEnglish(culture)
            ? $"({group.Display} per cent, {group.Counts})"
            : FindingWords.Format("Share", culture, Rounded(group.Value), Counts(group, culture));
    }

    /// <summary>"40 of 42" in <paramref name="culture"/> ("40 sur 42", "40 de 42", "40 من 42"); empty when the counts are not shown.</summary>
    public static string Counts(ShownGroup group, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(culture);
        return FindingWords.IsEnglish(culture) || group.Numerator is not { } n || group.Denominator is not { } d
            ? group.Counts
            : FindingWords.Format("Counts", culture, n, d);
    }

    /// <summary>The published value (rounded half up) in <paramref name="culture"/>, e.g. "76"; empty when not shown.</summary>
    public static string Value(ShownGroup group, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.IsPublished ? Rounded(group.Value).ToString(culture) : "";
    }

    /// <summary>
    /// The finding for <paramref name="overall"/> (the all-countries group of an indicator), e.g.
    /// "Most of the 41 countries that answered (88 per cent, 36 of 41) answered yes to “…”."; null when
    /// its numbers are not published to this audience or nobody answered.
    /// </summary>
    /// <param name="overall">The indicator's all-countries group as the audience may see it.</param>
    /// <param name="countriesInRound">How many countries answered the round at all.</param>
    /// <param name="predicate">What the counted countries did, in the past tense, e.g. "answered yes to “…”".</param>
    /// <param name="culture">The report's language; English when null.</param>
    public static string? Sentence(ShownGroup overall, int countriesInRound, string predicate, CultureInfo? culture = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(predicate);
        return FromTemplate($"{FindingTemplate.Countries} {FindingTemplate.Share} {predicate}.", overall, countriesInRound, culture);
    }

    /// <summary>
    /// A plugin's finding template (<see cref="FindingTemplate"/>, in <paramref name="culture"/>'s translation) filled in from
    /// <paramref name="overall"/>: <c>{countries}</c> becomes the quantifier and who answered, <c>{share}</c> the share with its
    /// counts. Null when the numbers are not published to this audience or nobody answered. In French, Spanish and Arabic a
    /// share of none cannot fill an affirmative template ("Aucun … n'a", "لم يُفِد أيٌّ …"), so the finding says in a negative
    /// sentence that no country is in the case (docs/glossary).
    /// </summary>
    /// <param name="template">The template, holding each placeholder once (the SDK's content rules check it).</param>
    /// <param name="overall">The indicator's all-countries group as the audience may see it.</param>
    /// <param name="countriesInRound">How many countries answered the round at all.</param>
    /// <param name="culture">The report's language; English when null.</param>
    public static string? FromTemplate(string template, ShownGroup overall, int countriesInRound, CultureInfo? culture = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        ArgumentNullException.ThrowIfNull(overall);
        culture ??= CultureInfo.InvariantCulture;
        if (!overall.IsPublished || overall.Numerator is not { } n || overall.Denominator is not { } d || d == 0)
        {
            return null;
        }

        var quantifier = QuantifierOf(n, d);
        var subject = Subject(quantifier, d, countriesInRound, culture);
        if (quantifier == Quantifier.None && !FindingWords.IsEnglish(culture))
        {
            return FindingWords.Format("Zero", culture, subject, Share(overall, culture));
        }

        if (!template.StartsWith(FindingTemplate.Countries, StringComparison.Ordinal))
        {
            subject = char.ToLower(subject[0], culture) + subject[1..];
        }

        return template.Replace(FindingTemplate.Countries, subject, StringComparison.Ordinal).Replace(FindingTemplate.Share, Share(overall, culture), StringComparison.Ordinal);
    }

    /// <summary>
    /// The income-group comparison, or null when it may not be written: both bands must be published
    /// to the audience and each must hold at least <paramref name="minimumCellSize"/> countries.
    /// </summary>
    /// <param name="high">The high-income group.</param>
    /// <param name="lowAndMiddle">The low- and middle-income group.</param>
    /// <param name="minimumCellSize">The fewest countries a compared group may have (k).</param>
    /// <param name="culture">The report's language; English when null.</param>
    public static string? IncomeDifference(ShownGroup? high, ShownGroup? lowAndMiddle, int minimumCellSize, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        if (high is not { IsPublished: true, Numerator: not null, Denominator: { } highN, Value: { } highValue }
            || lowAndMiddle is not { IsPublished: true, Numerator: not null, Denominator: { } lowN, Value: { } lowValue }
            || highN < Math.Max(1, minimumCellSize) || lowN < Math.Max(1, minimumCellSize))
        {
            return null;
        }

        var gap = Math.Round(highValue, MidpointRounding.AwayFromZero) - Math.Round(lowValue, MidpointRounding.AwayFromZero);
        var highText = FindingWords.Format("Income.High", culture, Share(high, culture));
        var lowText = FindingWords.Format("Income.Low", culture, Share(lowAndMiddle, culture));
        return Math.Abs(gap) < DifferenceThreshold
            ? FindingWords.Format("Income.Similar", culture, highText, lowText)
            : gap > 0
                ? FindingWords.Format("Income.Higher", culture, highText, lowText)
                : FindingWords.Format("Income.Higher", culture, lowText, highText);
    }

    // "Most countries surveyed" when every country of the round answered, else "Most of the 41 countries that answered".
    private static string Subject(Quantifier quantifier, int denominator, int countriesInRound, CultureInfo culture)
    {
        if (denominator >= countriesInRound)
        {
            return FindingWords.Get($"Surveyed.{quantifier}", culture);
        }

        var answered = denominator == 2 && FindingWords.HasDual(culture)
            ? FindingWords.Get("Answered.Two", culture)
            : FindingWords.Format("Answered.Many", culture, denominator);
        return FindingWords.Format($"Answered.{quantifier}", culture, answered);
    }

    private static decimal Rounded(decimal? value) => value is { } v ? Math.Round(v, MidpointRounding.AwayFromZero) : 0m;
}
