using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Components.PeerLearning;

namespace MnrPlatform.Host.Tests;

/// <summary>Stores clustering runs on a test platform as the page's run button does.</summary>
internal static class PeerLearningRuns
{
    /// <summary>The secretariat's scope the runs are stored under.</summary>
    public static AccessScope Analyst { get; } = AccessScope.For(new PlatformPrincipal("analyst-id", "analyst@example.org", [Roles.Analyst], null));

    /// <summary>Clusters <paramref name="roundCode"/> (compared with the next older round) and stores the run; returns its id.</summary>
    public static async Task<int> RunAsync(PlatformFactory platform, string roundCode, AccessScope? scope = null)
    {
        using var services = platform.Services.CreateScope();
        var rounds = await services.ServiceProvider.GetRequiredService<RoundDirectory>().ListAsync(TestContext.Current.CancellationToken);
        var round = rounds.Single(r => r.Code == roundCode);
        var previous = rounds.SkipWhile(r => r.Code != roundCode).Skip(1).FirstOrDefault();
        return await services.ServiceProvider.GetRequiredService<ClusterRunner>().RunAsync(scope ?? Analyst, round, previous, TestContext.Current.CancellationToken);
    }

    /// <summary>The page's view of a round, as the page builds it.</summary>
    public static async Task<PeerLearningView> ViewAsync(PlatformFactory platform, string roundCode)
    {
        using var services = platform.Services.CreateScope();
        var round = (await services.ServiceProvider.GetRequiredService<RoundDirectory>().ListAsync(TestContext.Current.CancellationToken)).Single(r => r.Code == roundCode);
        return await services.ServiceProvider.GetRequiredService<PeerLearningAnalysis>().LoadAsync(Analyst, round, null, TestContext.Current.CancellationToken);
    }
}
