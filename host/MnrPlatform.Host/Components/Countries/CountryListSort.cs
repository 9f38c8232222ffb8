using MnrPlatform.Data.Surveys.Profiles;
using MudBlazor;

namespace MnrPlatform.Host.Components.Countries;

/// <summary>
/// An order of the countries grid: its column, direction and the key of its label in
/// <see cref="Resources.CountryText"/> (<c>Sort.{Key}</c> in the select, <c>Sort.{Key}.By</c> after "by").
/// The grid's headers sort by these columns on a wide screen; on a phone the grid turns into cards and a
/// select offers them.
/// </summary>
internal sealed record CountryListSort(CountryListOrder Order, bool Descending, string Key)
{
    /// <summary>The orders the select offers, the default first.</summary>
    public static IReadOnlyList<CountryListSort> All { get; } =
    [
        new(CountryListOrder.Name, false, "NameAsc"),
        new(CountryListOrder.Name, true, "NameDesc"),
        new(CountryListOrder.Region, false, "RegionAsc"),
        new(CountryListOrder.Region, true, "RegionDesc"),
        new(CountryListOrder.IncomeGroup, false, "IncomeAsc"),
        new(CountryListOrder.IncomeGroup, true, "IncomeDesc"),
    ];

    /// <summary>The grid column (its property name) of this order.</summary>
    public string Column => Order switch
    {
        CountryListOrder.Region => nameof(CountryListEntry.Region),
        CountryListOrder.IncomeGroup => nameof(CountryListEntry.IncomeGroupName),
        _ => nameof(CountryListEntry.Name),
    };

    /// <summary>The order of a grid's sort definitions: a known column, else by name.</summary>
    public static CountryListSort From(IEnumerable<SortDefinition<CountryListEntry>> sorts)
    {
        var sort = sorts.FirstOrDefault();
        var order = sort?.SortBy switch
        {
            nameof(CountryListEntry.Region) => CountryListOrder.Region,
            nameof(CountryListEntry.IncomeGroupName) => CountryListOrder.IncomeGroup,
            _ => CountryListOrder.Name,
        };
        var descending = sort?.Descending ?? false;
        return All.Single(s => s.Order == order && s.Descending == descending);
    }
}
