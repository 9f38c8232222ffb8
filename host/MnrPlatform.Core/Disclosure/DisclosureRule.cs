namespace MnrPlatform.Core.Disclosure;

/// <summary>How a table of counts is protected before it is shown.</summary>
public sealed record DisclosureRule
{
    private DisclosureRule(int minimumCellSize) => MinimumCellSize = minimumCellSize;

    /// <summary>Nothing suppressed: the secretariat's view.</summary>
    public static DisclosureRule Unrestricted { get; } = new(0);

    /// <summary>Cells of fewer than <paramref name="k"/> countries suppressed, with complementary suppression.</summary>
    public static DisclosureRule SmallCells(int k) => k >= 1
        ? new DisclosureRule(k)
        : throw new ArgumentOutOfRangeException(nameof(k), k, "Disclosure:MinimumCellSize (k) must be at least 1.");

    /// <summary>k; 0 when <see cref="Unrestricted"/>.</summary>
    public int MinimumCellSize { get; }

    /// <summary>True when small cells are suppressed.</summary>
    public bool Suppresses => MinimumCellSize > 0;
}
