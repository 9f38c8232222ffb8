using MnrPlatform.Core.Indicators;

namespace MnrPlatform.Host.Components.Domains;

/// <summary>The addresses of the domain pages, relative to the base path.</summary>
internal static class DomainAddress
{
    /// <summary>The tab with the domain's charts (the default).</summary>
    public const string ChartsTab = "charts";

    /// <summary>The tab with every indicator of the domain and its metadata sheet.</summary>
    public const string IndicatorsTab = "indicators";

    /// <summary>The page of <paramref name="domainCode"/>, without a query.</summary>
    public static string Of(string domainCode) => $"domains/{Uri.EscapeDataString(domainCode)}";

    /// <summary>The page of <paramref name="domainCode"/> showing a round, breakdown and tab (defaults left out).</summary>
    public static string Of(string domainCode, string roundCode, Breakdown breakdown, string tab)
    {
        var query = $"?round={Uri.EscapeDataString(roundCode)}";
        if (breakdown != Breakdown.All)
        {
            query += $"&breakdown={BreakdownNames.Name(breakdown)}";
        }

        if (tab != ChartsTab)
        {
            query += $"&tab={Uri.EscapeDataString(tab)}";
        }

        return Of(domainCode) + query;
    }

    /// <summary>The tab asked for: <see cref="IndicatorsTab"/> when named, else <see cref="ChartsTab"/>.</summary>
    public static string Tab(string? asked) =>
        string.Equals(asked, IndicatorsTab, StringComparison.OrdinalIgnoreCase) ? IndicatorsTab : ChartsTab;
}
