using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Visualizations;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Components.Charts;
using MnrPlatform.Host.Components.Map;

namespace MnrPlatform.Host.Hosting;

/// <summary>The dashboard's services: indicator results as each viewer may see them, the charts built from them, and the secretariat's world map.</summary>
internal static class DashboardHostingExtensions
{
    public static WebApplicationBuilder AddDashboards(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ViewerResults>();
        builder.Services.AddScoped<DashboardCharts>();
        builder.Services.AddScoped<VisualizationCharts>();
        builder.Services.AddSingleton<VisualizationRenderer>();
        builder.Services.AddSingleton<CountryValues>();
        builder.Services.AddScoped<WorldMapBuilder>();
        return builder;
    }
}
