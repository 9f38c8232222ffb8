using System.CommandLine;
using System.Globalization;
using MnrPlatform.Analytics.Peers;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr suggest --round R --country ISO3 --capability CODE [--top N]</c>: peer-learning partners
/// for a country on a capability where it is weak, scored and explained, with the round's
/// clustering run (same seed, same run) giving the stable-cluster bonus. Exit codes: 0 with
/// suggestions; 1 when there is nothing to suggest (the country is not weak there, has no answer
/// there, or nobody is ahead); 2 when the arguments name nothing the round holds.
/// </summary>
internal static class SuggestCommand
{
    public static Command Create()
    {
        var round = new RoundArguments();
        var country = new Option<string>("--country")
        {
            Description = "The country asking: ISO 3166-1 alpha-3 code, e.g. KEN.",
            Required = true,
        };
        var capability = new Option<string>("--capability")
        {
            Description = "The capability it wants to learn about: its code, e.g. child-helpline (an unknown code lists them all).",
            Required = true,
        };
        var top = new Option<int>("--top")
        {
            Description = $"How many partners to list (at least {PeerSuggestionOptions.MinimumCount}; default 5).",
            DefaultValueFactory = _ => new PeerSuggestionOptions().Count,
        };
        var command = new Command(
            "suggest",
            "Suggest peer-learning partners for a country on a capability where it is below the top: countries at least one phase ahead there, scored by context similarity, gain, other gaps covered, reciprocity, region, income group and stable cluster. The output names countries: for the secretariat only; an exchange needs every country's consent.")
        {
            country, capability, top,
        };
        round.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var count = parse.GetValue(top);
            if (count < PeerSuggestionOptions.MinimumCount)
            {
                await error.WriteLineAsync(Invariant($"error: --top must be at least {PeerSuggestionOptions.MinimumCount}, not {count}."));
                return 2;
            }

            var (loaded, exitCode) = await round.LoadAsync(parse, cancellationToken);
            if (loaded is null)
            {
                return exitCode;
            }

            var request = new PeerRequest(parse.GetRequiredValue(country).Trim().ToUpperInvariant(), parse.GetRequiredValue(capability).Trim());
            return await SuggestAsync(parse, loaded, request, count);
        });
        return command;
    }

    private static async Task<int> SuggestAsync(ParseResult parse, LoadedRound loaded, PeerRequest request, int count)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var profiles = loaded.Inputs.Profiles;
        var framework = profiles.Framework;
        var roundCode = loaded.Summary.Code;
        var capabilityIndex = framework.IndexOf(request.CapabilityCode);
        if (capabilityIndex < 0)
        {
            await error.WriteLineAsync(
                $"error: there is no capability '{request.CapabilityCode}'. Capability codes: {string.Join(", ", framework.Capabilities.Select(c => c.Code))}.");
            return 2;
        }

        var unit = profiles.IndexOf(request.UnitCode);
        if (unit < 0)
        {
            await error.WriteLineAsync(loaded.Inputs.UnitsWithoutValues.Contains(request.UnitCode, StringComparer.Ordinal)
                ? $"error: {request.UnitCode} answered round {roundCode} but gave no capability answer, so it has no profile."
                : Invariant($"error: {request.UnitCode} is not among the {profiles.Count} countries with validated submissions in round {roundCode}."));
            return 2;
        }

        var target = framework.Capabilities[capabilityIndex];
        var run = loaded.Cluster();
        var matcher = new PeerMatcher(profiles, loaded.Inputs.Attributes, run, new PeerSuggestionOptions { Count = count });
        var standing = Standing(profiles.ValueOf(unit, capabilityIndex), target);
        if (profiles.ValueOf(unit, capabilityIndex) is not { } own)
        {
            await error.WriteLineAsync($"error: {request.UnitCode} has no answer on {target.Name} in round {roundCode}, so no country can be shown to be ahead of it.");
            return 1;
        }

        if (!ProfileValues.IsGap(own))
        {
            var gaps = matcher.GapsOf(request.UnitCode);
            await error.WriteLineAsync(
                $"error: {request.UnitCode} is not weak on {target.Name}: it {standing}, the top of the scale, so no country can be ahead of it. " +
                (gaps.Count == 0 ? "It is at the top on every capability it answered." : $"Capabilities where it is below the top: {string.Join(", ", gaps)}."));
            return 1;
        }

        var list = matcher.Suggest(request);
        if (list.Suggestions.Count == 0)
        {
            await error.WriteLineAsync($"error: no country in round {roundCode} is at least one phase ahead of {request.UnitCode} on {target.Name} ({request.UnitCode} {standing}).");
            return 1;
        }

        await output.WriteLineAsync($"Peer-learning partners for {request.UnitCode} on {target.Name} ({target.Code}), where {request.UnitCode} {standing}:");
        await output.WriteLineAsync(Invariant($"{list.EligibleCount} countries are at least one phase ahead; the best {list.Suggestions.Count} by score (ties by code):"));
        var rank = 0;
        foreach (var suggestion in list.Suggestions)
        {
            await output.WriteLineAsync(Invariant($"  {++rank}. {suggestion.PartnerCode}  score {suggestion.Score:0.000}  {suggestion.Explanation}"));
        }

        await output.WriteLineAsync(ClusterNote(run, loaded.Seed, request.UnitCode));
        await output.WriteLineAsync("These are suggestions for the secretariat: an exchange happens only when every country involved has consented.");
        return 0;
    }

    // Where the requester stands, to follow "KEN ...": "is at phase 2", "does not have it in place".
    private static string Standing(double? value, ProfileCapability capability) => value switch
    {
        null => "has no answer",
        { } v when capability.Scale == CapabilityScale.InPlace => ProfileValues.IsGap(v) ? "does not have it in place" : "has it in place",
        { } v => Invariant($"is at phase {ProfileValues.ToPhase(v)}"),
    };

    private static string ClusterNote(ClusterRun run, int runSeed, string unitCode)
    {
        var seed = Invariant($"seed {runSeed}");
        if (run.Status != ClusterRunStatus.Clustered)
        {
            return $"Clusters: the round's run ({seed}) made none, so no partner gets the same-stable-cluster bonus.";
        }

        var cluster = run.Clusters.Single(c => c.Id == run.ClusterOfUnit()[unitCode]);
        return cluster.Stable
            ? Invariant($"Clusters: in the round's run ({seed}) {unitCode} is in stable cluster {cluster.Id} (exemplar {cluster.ExemplarUnit}); partners in it get the same-stable-cluster bonus.")
            : Invariant($"Clusters: in the round's run ({seed}) {unitCode} is in cluster {cluster.Id} (exemplar {cluster.ExemplarUnit}), which is unstable, so no partner gets the cluster bonus.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
