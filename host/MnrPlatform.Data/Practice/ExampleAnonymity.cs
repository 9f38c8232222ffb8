using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// What an anonymised example reveals of its country at each <see cref="AnonymityLevel"/>: the
/// group it names ("Eastern Europe", "High income"), its label ("A country in Eastern Europe") and
/// which region and income-group filters it may answer to (only what the label already says).
/// </summary>
public static class ExampleAnonymity
{
    /// <summary>
    /// The country's group at <paramref name="level"/>: its M49 intermediate region where it has
    /// one, else its sub-region; its region; or its income group's code. Null when the reference
    /// data has none for it.
    /// </summary>
    public static string? GroupOf(CountryPlace place, AnonymityLevel level)
    {
        ArgumentNullException.ThrowIfNull(place);
        return level switch
        {
            AnonymityLevel.SubRegion => place.IntermediateRegion ?? place.SubRegion,
            AnonymityLevel.Region => place.Region,
            AnonymityLevel.IncomeGroup => place.IncomeGroup is { } group ? IncomeGroups.Code(group) : null,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not an anonymity level."),
        };
    }

    /// <summary>The group as people read it: "Eastern Europe", "the Americas", "high-income".</summary>
    public static string? GroupName(CountryPlace place, AnonymityLevel level)
    {
        ArgumentNullException.ThrowIfNull(place);
        return level == AnonymityLevel.IncomeGroup
            ? place.IncomeGroup is { } group ? IncomeGroups.DisplayName(group).ToLowerInvariant().Replace(' ', '-') : null
            : GroupOf(place, level) is { } area ? WithArticle(area) : null;
    }

    /// <summary>"A country in Eastern Europe", "A country in the Americas", "A high-income country", "An upper-middle-income country".</summary>
    public static string Label(CountryPlace place, AnonymityLevel level)
    {
        var name = GroupName(place, level) ?? throw new InvalidOperationException($"{place.Iso3} has no {LevelName(level)} in the reference data.");
        if (level != AnonymityLevel.IncomeGroup)
        {
            return $"A country in {name}";
        }

        return $"{("aeiou".Contains(name[0], StringComparison.Ordinal) ? "An" : "A")} {name} country";
    }

    /// <summary>The level in words: "sub-region", "region", "income group".</summary>
    public static string LevelName(AnonymityLevel level) => level switch
    {
        AnonymityLevel.SubRegion => "sub-region",
        AnonymityLevel.Region => "region",
        AnonymityLevel.IncomeGroup => "income group",
        _ => level.ToString(),
    };

    /// <summary>
    /// Whether an example shown named (<paramref name="level"/> null) or anonymised at
    /// <paramref name="level"/> answers a filter on the M49 area <paramref name="area"/> (a region,
    /// sub-region or intermediate region). An anonymised one answers only when its label already
    /// says so: "A country in Eastern Africa" answers Eastern Africa, Sub-Saharan Africa and Africa;
    /// "A high-income country" answers no region.
    /// </summary>
    public static bool InArea(CountryPlace place, AnonymityLevel? level, string area)
    {
        ArgumentNullException.ThrowIfNull(place);
        string?[] revealed = level switch
        {
            null => [place.Region, place.SubRegion, place.IntermediateRegion],
            AnonymityLevel.SubRegion => [place.Region, place.SubRegion, place.IntermediateRegion ?? place.SubRegion],
            AnonymityLevel.Region => [place.Region],
            _ => [],
        };
        return revealed.Contains(area, StringComparer.Ordinal);
    }

    /// <summary>Whether an example shown named or anonymised at <paramref name="level"/> answers a filter on the income group code <paramref name="code"/>; an anonymised one only at the income-group level.</summary>
    public static bool InIncomeGroup(CountryPlace place, AnonymityLevel? level, string code)
    {
        ArgumentNullException.ThrowIfNull(place);
        return level is null or AnonymityLevel.IncomeGroup
            && place.IncomeGroup is { } group
            && string.Equals(IncomeGroups.Code(group), code, StringComparison.Ordinal);
    }

    // M49 names that read as plural or as a sea take "the": "a country in the Americas".
    private static string WithArticle(string area) =>
        area is "Americas" or "Caribbean" or "Channel Islands" ? "the " + area : area;
}
