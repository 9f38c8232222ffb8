using System.Text;
using System.Text.Json;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Data.PeerLearning;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>A stored run as the page reads it against today's profiles.</summary>
/// <param name="Entry">The stored run's id, author, time and figures.</param>
/// <param name="Run">The run as stored (never re-clustered).</param>
/// <param name="Stale">Whether today's validated results differ from what the run was computed from.</param>
/// <param name="Placed">Countries profiled today but not in the run, each placed in a cluster by the stored model.</param>
/// <param name="Unplaced">Countries that joined later and could not be placed; null when they were (or none joined).</param>
public sealed record StoredRunView(ClusterRunEntry Entry, ClusterRun Run, bool Stale, IReadOnlyList<UnitAssignment> Placed, UnplacedCountries? Unplaced)
{
    /// <summary>
    /// The run with the placed countries added to its clusters (no silhouette, no map position):
    /// what peer suggestions use, so a country placed today shares its cluster at once.
    /// </summary>
    public ClusterRun WithPlaced() => Placed.Count == 0
        ? Run
        : Run with { Units = [.. Run.Units, .. Placed.Select(p => new UnitPlacement(p.UnitCode, p.Cluster, null, false, double.NaN, double.NaN))] };
}

/// <summary>Countries that joined after a run and could not be placed by its model; the page says why in its language.</summary>
/// <param name="Codes">The countries' codes.</param>
/// <param name="ModelError">Why the stored model failed; null when the run made no clusters (and kept no model).</param>
public sealed record UnplacedCountries(IReadOnlyList<string> Codes, string? ModelError);

/// <summary>Turns analytics results into what the run store keeps, and stored runs back into views of today's profiles.</summary>
internal static class StoredRuns
{
    private static readonly JsonSerializerOptions OptionsJson = new(JsonSerializerDefaults.Web);

    /// <summary>What to store of a run and its model, computed from <paramref name="profiles"/> with <paramref name="options"/>.</summary>
    public static NewClusterRun ToStore(ProfileSet profiles, ClusterRunOptions options, ClusterRunResult result)
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

    /// <summary>The options a stored run was computed with (its seed and recorded settings), to fingerprint today's inputs the same way.</summary>
    public static ClusterRunOptions OptionsOf(ClusterRunInputs inputs)
    {
        var o = inputs.Options;
        return new ClusterRunOptions
        {
            Seed = inputs.Seed,
            MaxClusters = o.MaxClusters,
            UnitsPerCluster = o.UnitsPerCluster,
            MinClusterSize = o.MinClusterSize,
            SilhouetteTolerance = o.SilhouetteTolerance,
            BootstrapSamples = o.BootstrapSamples,
            StabilityThreshold = o.StabilityThreshold,
            AgreementThreshold = o.AgreementThreshold,
            WeakSilhouetteThreshold = o.WeakSilhouetteThreshold,
            KMeansSeeds = o.KMeansSeeds,
            MaxExactMapUnits = o.MaxExactMapUnits,
        };
    }

    /// <summary>The run of a stored record.</summary>
    public static ClusterRun RunOf(StoredClusterRun stored) => ClusterRunJson.Deserialize(Encoding.UTF8.GetBytes(stored.RunJson));

    /// <summary>
    /// The stored run read against today's profiles: stale when their fingerprint differs from the
    /// stored one; countries profiled today but absent from the run placed by the stored model.
    /// </summary>
    public static StoredRunView Read(StoredClusterRun stored, ProfileSet today)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(today);
        var run = RunOf(stored);
        var stale = !string.Equals(RunInputsHash.Of(today, OptionsOf(run.Inputs)), stored.Entry.InputsHash, StringComparison.Ordinal);
        var inRun = run.Units.Select(u => u.UnitCode).ToHashSet(StringComparer.Ordinal);
        var later = today.UnitCodes.Where(code => !inRun.Contains(code)).ToList();
        if (later.Count == 0)
        {
            return new StoredRunView(stored.Entry, run, stale, [], null);
        }

        if (stored.Model is null)
        {
            return new StoredRunView(stored.Entry, run, stale, [], new UnplacedCountries(later, null));
        }

        try
        {
            var placed = ClusterModel.Load(stored.Model).Place(Subset(today, later));
            return new StoredRunView(stored.Entry, run, stale, placed, null);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            return new StoredRunView(stored.Entry, run, stale, [], new UnplacedCountries(later, e.Message));
        }
    }

    private static ProfileSet Subset(ProfileSet profiles, IEnumerable<string> codes) => new(
        profiles.RoundLabel,
        profiles.Framework,
        codes.Select(code =>
        {
            var unit = profiles.IndexOf(code);
            return new CapabilityProfile(code, [.. Enumerable.Range(0, profiles.Framework.Count).Select(c => profiles.ValueOf(unit, c))]);
        }));
}
