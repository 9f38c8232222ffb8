using BenchmarkDotNet.Attributes;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Charts;
using Old = MnrPlatform.Benchmarks.Baselines.Figures;

namespace MnrPlatform.Benchmarks;

/// <summary>
/// Building and serialising the overview's figures (Figure 1 over every domain, its income split,
/// and the phase distribution of every capability: 24 rows each, one suppressed) with Plotly.NET
/// against the pre-2.0 hand-written figure model (Baselines/), in the same run.
/// </summary>
[MemoryDiagnoser]
public class FigureBenchmarks
{
    private const int Rows = 24;
    private ShareRow[] shares = [];
    private GroupedShareRow[] grouped = [];
    private PhaseRow[] phases = [];

    [GlobalSetup]
    public void MakeRows()
    {
        shares = [.. Enumerable.Range(0, Rows).Select(i => new ShareRow($"Capability {i}", i == 5 ? Hidden() : Shown("all", "All", 10 + i, 42)))];
        grouped = [.. Enumerable.Range(0, Rows).Select(i => new GroupedShareRow($"Capability {i}", [Shown("high", "High income", 5 + (i % 10), 15), Shown("low-middle", "Low and middle income", 8 + i, 27)]))];
        phases = [.. Enumerable.Range(0, Rows).Select(i => new PhaseRow($"Capability {i}", [Shown("p1", "Phase 1", 3, 21), i == 7 ? Hidden() : Shown("p2", "Phase 2", 5, 21), Shown("p3", "Phase 3", 6 + (i % 5), 21), Shown("p4", "Phase 4", 7 - (i % 5), 21)]))];
    }

    [Benchmark(Baseline = true, Description = "Pre-2.0 figure model: 3 overview figures to JSON")]
    public int HandWritten() =>
        Old.ShareFigures.StackedShares(shares).ToJson().Length
        + Old.ShareFigures.SharesByGroup(grouped).ToJson().Length
        + Old.PhaseDistributionFigure.Build(phases).ToJson().Length;

    [Benchmark(Description = "Plotly.NET: 3 overview figures to JSON")]
    public int PlotlyNet() =>
        FigureJson.Serialize(ShareFigures.StackedShares(shares)).Length
        + FigureJson.Serialize(ShareFigures.SharesByGroup(grouped)).Length
        + FigureJson.Serialize(PhaseDistributionFigure.Build(phases)).Length;

    private static ShownGroup Shown(string code, string name, int n, int total) => new(code, name, n, total, n * 100m / total, Suppression.None);

    private static ShownGroup Hidden() => new("all", "All", null, null, null, Suppression.Primary);
}
