using System.CommandLine;
using System.Globalization;
using MnrPlatform.Analytics.Inputs;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// The arguments of the peer-learning commands (store, plugins, round, seed) and the loading they
/// share: the round's validated submissions turned into capability profiles.
/// </summary>
internal sealed class RoundArguments
{
    /// <summary>The first line of every peer-learning command's output.</summary>
    public const string ConfidentialityHeader =
        "FOR THE SECRETARIAT ONLY: this output names countries (clusters, their members, peer suggestions); do not share it beyond the secretariat.";

    public StoreArguments Store { get; } = new();

    public PluginArguments Plugins { get; } = new();

    public Option<string> Round { get; } = new("--round")
    {
        Description = "The survey round's code, e.g. 2023-self-assessment.",
        Required = true,
    };

    public Option<int> Seed { get; } = new("--seed")
    {
        Description = "The seed every random choice of the clustering run derives from; the same seed gives the same run.",
        DefaultValueFactory = _ => new ClusterRunOptions().Seed,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Round);
        command.Options.Add(Seed);
        Store.AddTo(command);
        Plugins.AddTo(command);
    }

    /// <summary>
    /// Writes the confidentiality header, opens the store, reads the round's validated submissions
    /// and builds their profiles, describing them on the output; on failure the round is null and
    /// the exit code says why (2: the store, plugins or round cannot be used; 1: nothing to analyse).
    /// </summary>
    public async Task<(LoadedRound? Round, int ExitCode)> LoadAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        await output.WriteLineAsync(ConfidentialityHeader);
        await using var db = await Store.OpenMigratedAsync(parse, cancellationToken);
        if (db is null)
        {
            return (null, 2);
        }

        var code = parse.GetRequiredValue(Round);
        var rounds = await new RoundDirectory(db).ListAsync(cancellationToken);
        if (rounds.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.Ordinal)) is not { } round)
        {
            await error.WriteLineAsync(rounds.Count == 0
                ? $"error: there is no survey round '{code}': the store has no rounds (`mnr demo load` loads the synthetic demo rounds)."
                : $"error: there is no survey round '{code}'. Rounds in the store: {string.Join(", ", rounds.Select(r => r.Code))}.");
            return (null, 2);
        }

        if (await Plugins.LoadCatalogAsync(parse) is not { } catalog)
        {
            return (null, 2);
        }

        var respondents = await new RoundRespondentReader(db, catalog).ReadAsync(round.Code, includeUnvalidated: false, cancellationToken);
        var inputs = RoundProfileBuilder.Build(round.Code, catalog, respondents);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Round: {round.Code} ({round.Name}, {round.Year})"));
        if (round.SyntheticDataLabel is { } label)
        {
            await output.WriteLineAsync($"Data: {label}");
        }

        await DescribeAsync(output, inputs);
        if (inputs.Profiles.Count == 0)
        {
            await error.WriteLineAsync($"error: round {round.Code} has no validated submission with a capability answer; there is nothing to analyse.");
            return (null, 1);
        }

        return (new LoadedRound(round, inputs, parse.GetValue(Seed)), 0);
    }

    private static async Task DescribeAsync(TextWriter output, RoundProfiles inputs)
    {
        var set = inputs.Profiles;
        int Count(ProfileSource source) => inputs.Sources.Count(s => s.Source == source);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Units: {set.Count} countries (validated submissions) × {set.Framework.Count} capabilities: {Count(ProfileSource.MaturityPhase)} by maturity phase, {Count(ProfileSource.InPlace)} by in place yes/no, {Count(ProfileSource.None)} without answers"));
        var without = inputs.Sources.Where(s => s.Source == ProfileSource.None).Select(s => set.Framework.Capabilities[set.Framework.IndexOf(s.CapabilityCode)].Name).ToList();
        if (without.Count > 0)
        {
            await output.WriteLineAsync($"  missing for every country (the round holds no answer): {string.Join(", ", without)}");
        }

        if (inputs.UnitsWithoutValues.Count > 0)
        {
            await output.WriteLineAsync($"  left out (no capability answer at all): {string.Join(", ", inputs.UnitsWithoutValues)}");
        }
    }
}

/// <summary>A round ready for clustering and peer matching.</summary>
/// <param name="Summary">The round as the store lists it.</param>
/// <param name="Inputs">Its profiles, unit attributes and where each capability's values came from.</param>
/// <param name="Seed">The seed of the clustering run.</param>
internal sealed record LoadedRound(RoundSummary Summary, RoundProfiles Inputs, int Seed)
{
    /// <summary>The round's clustering run with the chosen seed and the module's other defaults.</summary>
    public ClusterRun Cluster() => ClusterAnalysis.Run(Inputs.Profiles, new ClusterRunOptions { Seed = Seed });
}
