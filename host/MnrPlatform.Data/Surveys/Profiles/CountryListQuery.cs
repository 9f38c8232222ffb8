namespace MnrPlatform.Data.Surveys.Profiles;

/// <summary>What the list of countries can be ordered by. Never a score: the list is not a ranking.</summary>
public enum CountryListOrder
{
    /// <summary>By name.</summary>
    Name,

    /// <summary>By UN M49 region, then name.</summary>
    Region,

    /// <summary>By income group (low to high), then name.</summary>
    IncomeGroup,
}

/// <summary>One page of the secretariat's list of countries, searched and ordered in the database.</summary>
/// <param name="Search">Text the name, code, region or income group contains; null or blank for all.</param>
/// <param name="Order">The column to order by.</param>
/// <param name="Descending">True to reverse the order.</param>
/// <param name="Page">The page, from 0.</param>
/// <param name="PageSize">Rows per page; 0 for all.</param>
public sealed record CountryListQuery(string? Search, CountryListOrder Order = CountryListOrder.Name, bool Descending = false, int Page = 0, int PageSize = 0);

/// <summary>A page of countries and how many match in all.</summary>
/// <param name="Items">The countries of the page, in the query's order.</param>
/// <param name="TotalItems">How many countries match the search.</param>
public sealed record CountryListPage(IReadOnlyList<CountryListEntry> Items, int TotalItems);
