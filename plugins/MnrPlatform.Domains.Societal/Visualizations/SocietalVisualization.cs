using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Domains.Societal;

/// <summary>
/// Who society's capabilities reach, by income group: a grid of capability by income group, each
/// cell the share of that group's countries with the capability in place. Hotlines, education and
/// support for people at risk of offending depend on civil society, which the income groups show.
/// A hidden cell stays blank and its text says why.
/// </summary>
internal static class SocietalVisualization
{
    public static void Register(DomainKit kit)
    {
        var capabilities = kit.Capabilities.Where(c => c.InPlaceIndicatorId is not null).ToList();
        kit.Visualization(
            "by-income-group",
            "Societal: capabilities in place, by income group",
            "Each cell is the per cent of an income group's countries with the capability in place; darker is more. Blank cells are hidden to protect small groups, or have no answers.",
            [.. capabilities.Select(c => c.InPlaceIndicatorId!)],
            input => CapabilityHeatmap.Build(capabilities, input, VisualizationBreakdowns.IncomeGroup),
            Breakdowns.IncomeGroup);
    }
}
