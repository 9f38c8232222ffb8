using System.Runtime.Loader;
using MnrPlatform.Sdk;
using Plotly.NET;

namespace MnrPlatform.TestPlugins;

public sealed class OwnSdkCopyPlugin : IDomainPlugin
{
    private static readonly string[] Keys = ["a", "b"];

    // Builds and renders a Plotly.NET chart (which loads FSharp.Core, DynamicObj, Newtonsoft.Json,
    // Giraffe.ViewEngine ... as it goes), then records what its own load context holds and where
    // the SDK came from, so the test can see that only the plugin's own assembly loaded here.
    public void Configure(IDomainBuilder domain)
    {
        var chart = Plotly.NET.CSharp.Chart.Column<int, string, string>(values: [3, 5], Keys: Keys);
        var html = GenericChart.toChartHTML(chart);
        var own = AssemblyLoadContext.GetLoadContext(GetType().Assembly)!;
        var sdk = AssemblyLoadContext.GetLoadContext(typeof(IDomainPlugin).Assembly)!;
        FixtureContent.Register(
            domain,
            "fixture-own-sdk-copy",
            $"SDK {typeof(IDomainPlugin).Assembly.GetName().Version} from {sdk.Name}; chart {html.Contains("\"bar\"", StringComparison.Ordinal)}; own context: {string.Join(", ", own.Assemblies.Select(a => a.GetName().Name).Order(StringComparer.Ordinal))}");
    }
}
