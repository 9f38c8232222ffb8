using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.Charts;

/// <summary>
/// Breakdowns and their groups as pages name them, in the request's language: the platform's own
/// groups (all countries, income bands and groups, unknown) by their code; regions and instruments
/// keep the name they are stored with.
/// </summary>
public static class GroupNames
{
    /// <summary>The name of group <paramref name="code"/> of <paramref name="breakdown"/>; <paramref name="name"/> when it is data.</summary>
    public static string Of(Breakdown breakdown, string code, string name, IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (code == BreakdownGroups.Unknown)
        {
            return breakdown == Breakdown.Region ? words["Group.UnknownRegion"] : words["Group.UnknownIncome"];
        }

        if (breakdown is Breakdown.All or Breakdown.IncomeBand or Breakdown.IncomeGroup && words[$"Group.{code}"] is { ResourceNotFound: false } found)
        {
            return found;
        }

        return name;
    }

    /// <summary>A group as the viewer sees it, with its name in the request's language.</summary>
    public static ShownGroup Named(Breakdown breakdown, ShownGroup group, IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group with { Name = Of(breakdown, group.Code, group.Name, words) };
    }

    /// <summary>How a sentence names a breakdown ("by income group").</summary>
    public static string BreakdownName(Breakdown breakdown, IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words[$"Breakdown.Name.{Known(breakdown)}"];
    }

    /// <summary>How the breakdown switch names <paramref name="breakdown"/>.</summary>
    public static string Label(Breakdown breakdown, IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words[$"Breakdown.Label.{Known(breakdown)}"];
    }

    private static Breakdown Known(Breakdown breakdown) =>
        breakdown is Breakdown.IncomeGroup or Breakdown.IncomeBand or Breakdown.Region or Breakdown.Instrument ? breakdown : Breakdown.All;
}
