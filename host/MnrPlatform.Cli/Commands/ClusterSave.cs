using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.PeerLearning;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr cluster --save</c>: stores the run, its inputs hash and its model as the round's newest
/// run, recorded as done by the command line's actor (<c>cli:</c> and the operating-system user).
/// </summary>
internal static class ClusterSave
{
    private static readonly JsonSerializerOptions OptionsJson = new(JsonSerializerDefaults.Web);

    public static async Task<int> StoreAsync(
        ParseResult parse, StoreArguments store, ProfileSet profiles, ClusterRunOptions options, ClusterRunResult result, CancellationToken cancellationToken)
    {
        var builder = new DbContextOptionsBuilder<MnrDbContext>();
        builder.UseStore(store.Resolve(parse));
        await using var db = new MnrDbContext(builder.Options);
        var actor = AccessScope.For(PlatformPrincipal.System($"cli:{Environment.UserName}"));
        var id = await new ClusterRunStore(db, new AuditLog(db), TimeProvider.System).SaveAsync(actor, ToStore(profiles, options, result), cancellationToken);
        await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Stored run: {id} (round {profiles.RoundLabel}, by {actor.Actor.Name}; the peer-learning page shows the round's newest stored run)"));
        return 0;
    }

    // The same fields as the web host's StoredRuns.ToStore: the store keeps opaque text and bytes.
    private static NewClusterRun ToStore(ProfileSet profiles, ClusterRunOptions options, ClusterRunResult result)
    {
        var run = result.Run;
        return new NewClusterRun(
            profiles.RoundLabel,
            RunInputsHash.Of(profiles, options),
            run.Inputs.Seed,
            JsonSerializer.Serialize(run.Inputs.Options, OptionsJson),
            run.Inputs.Engine,
            run.Inputs.ChosenK,
            run.Inputs.UnitCount,
            run.Quality?.AgreementWithPam,
            Encoding.UTF8.GetString(ClusterRunJson.Serialize(run)),
            result.Model?.ToBytes());
    }
}
