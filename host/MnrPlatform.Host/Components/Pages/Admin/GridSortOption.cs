namespace MnrPlatform.Host.Components.Pages.Admin;

/// <summary>One sort a phone user may choose for a grid.</summary>
/// <typeparam name="TItem">The grid's row type.</typeparam>
/// <param name="Label">What the list says.</param>
/// <param name="Column">The column's name, as the grid's sort definitions carry it.</param>
/// <param name="Descending">Reverse order.</param>
/// <param name="Value">The column's value of a row.</param>
public sealed record GridSortOption<TItem>(string Label, string Column, bool Descending, Func<TItem, object> Value);
