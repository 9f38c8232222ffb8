using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Indicators;

/// <summary>
/// One group of a result as one viewer may see it: every count for the secretariat, and for everyone
/// else only what passed the disclosure rule (a suppressed cell has no numbers, only its reason).
/// </summary>
/// <param name="Code">The group's code (e.g. <c>H</c>, <c>all</c>).</param>
/// <param name="Name">The group's name.</param>
/// <param name="Numerator">n, or null when suppressed.</param>
/// <param name="Denominator">N, or null when suppressed.</param>
/// <param name="Value">The value, or null when suppressed or when nobody answered.</param>
/// <param name="Suppression">Why the numbers are hidden; <see cref="Suppression.None"/> when shown.</param>
public sealed record ShownGroup(string Code, string Name, int? Numerator, int? Denominator, decimal? Value, Suppression Suppression)
{
    /// <summary>True when the value may be shown.</summary>
    public bool IsPublished => Suppression == Suppression.None && Value is not null;

    /// <summary>The value rounded as published (e.g. "76"), empty when not shown.</summary>
    public string Display => IsPublished ? IndicatorValue.Format(Value) : "";

    /// <summary>"n of N" when both are shown, otherwise empty.</summary>
    public string Counts => Numerator is { } n && Denominator is { } d
        ? $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} of {d.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        : "";

    /// <summary>An unsuppressed group (the secretariat's view).</summary>
    public static ShownGroup From(GroupValue group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new ShownGroup(group.Code, group.Name, group.Value.Numerator, group.Value.Denominator, group.Value.Value, Suppression.None);
    }

    /// <summary>A group after the disclosure rule: the counts that were published, the value when it was.</summary>
    public static ShownGroup From(DisclosedGroupValue group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new ShownGroup(
            group.Code,
            group.Name,
            group.Value.IsPublished ? group.Numerator.Value : null,
            group.Value.IsPublished ? group.Denominator.Value : null,
            group.Value.Value,
            group.Value.Suppression);
    }
}

/// <summary>One indicator by one breakdown as one viewer may see it.</summary>
/// <param name="Indicator">The indicator and the plugin that supplies it.</param>
/// <param name="Breakdown">The breakdown.</param>
/// <param name="Groups">The groups with respondents, in display order (empty when nobody answered or the plugin failed).</param>
/// <param name="Fault">Why the plugin code failed; null when it did not.</param>
public sealed record ShownResult(Owned<IndicatorInfo> Indicator, Breakdown Breakdown, IReadOnlyList<ShownGroup> Groups, PluginFault? Fault)
{
    /// <summary>The indicator's name.</summary>
    public string Label => Indicator.Item.Name.English;

    /// <summary>The one group of <see cref="Breakdown.All"/>; null for other breakdowns or when nobody answered.</summary>
    public ShownGroup? Overall => Breakdown == Breakdown.All && Groups.Count == 1 ? Groups[0] : null;

    /// <summary>The group with <paramref name="code"/>, if it has respondents.</summary>
    public ShownGroup? Group(string code) => Groups.FirstOrDefault(g => string.Equals(g.Code, code, StringComparison.Ordinal));

    /// <summary>The secretariat's view of a result.</summary>
    public static ShownResult From(BreakdownResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ShownResult(result.Indicator, result.Breakdown, [.. (result.Groups ?? []).Select(ShownGroup.From)], result.Fault);
    }

    /// <summary>A disclosed indicator by <paramref name="breakdown"/>.</summary>
    public static ShownResult From(DisclosedIndicator result, Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ShownResult(result.Indicator, breakdown, [.. (result.By(breakdown)?.Groups ?? []).Select(ShownGroup.From)], result.Fault);
    }
}
