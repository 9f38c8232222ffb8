namespace MnrPlatform.Data;

/// <summary>A page of rows and how many rows match in all (what a server-paged grid needs).</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Items">The page.</param>
/// <param name="Total">Every row matching the filter.</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);
