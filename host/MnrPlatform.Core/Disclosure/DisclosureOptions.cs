namespace MnrPlatform.Core.Disclosure;

/// <summary>
/// The <c>Disclosure</c> configuration section: how results are protected beyond the secretariat.
/// </summary>
public sealed class DisclosureOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Disclosure";

    /// <summary>
    /// k: a count of fewer than k countries is never shown beyond the secretariat (default 5, the
    /// Alliance's survey terms). Must be at least 1.
    /// </summary>
    public int MinimumCellSize { get; set; } = 5;
}
