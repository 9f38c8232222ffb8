using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Components.Charts;

namespace MnrPlatform.Host.Hosting;

/// <summary>The dashboard's services: indicator results as each viewer may see them, and the charts built from them.</summary>
internal static class DashboardHostingExtensions
{
    public static WebApplicationBuilder AddDashboards(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ViewerResults>();
        builder.Services.AddScoped<DashboardCharts>();
        return builder;
    }
}
