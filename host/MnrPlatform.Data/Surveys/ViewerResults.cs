using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Entities;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Surveys;

/// <summary>
/// Indicator results as the signed-in viewer may see them, for pages, downloads and the API alike:
/// the secretariat sees every round unsuppressed; everyone else sees published rounds only, with
/// small cells suppressed by the disclosure rule (applied in the indicator engine, per family).
/// Only validated answers count.
/// </summary>
public sealed class ViewerResults(AccessScope scope, RoundDirectory rounds, RoundStamps stamps, IndicatorResultService results, IOptions<DisclosureOptions> disclosure)
{
    // Read once per request (the service is scoped): a page asks for several charts of a round.
    private readonly Dictionary<string, RoundRequest> requests = new(StringComparer.Ordinal);
    private IReadOnlyList<RoundSummary>? visible;

    /// <summary>The rule this viewer's results pass through.</summary>
    public DisclosureRule Rule => scope.DisclosureRule(disclosure.Value);

    /// <summary>True when the viewer sees results unsuppressed (the secretariat).</summary>
    public bool Unrestricted => !Rule.Suppresses;

    /// <summary>Whether the viewer may see results of <paramref name="round"/>.</summary>
    public bool MaySee(RoundSummary round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return scope.IsSecretariat || round.Status == RoundStatus.Published;
    }

    /// <summary>The rounds the viewer may see results of, newest first.</summary>
    public async Task<IReadOnlyList<RoundSummary>> RoundsAsync(CancellationToken cancellationToken) =>
        visible ??= [.. (await rounds.ListAsync(cancellationToken)).Where(MaySee)];

    /// <summary>The visible round with <paramref name="roundCode"/>; null when there is none or the viewer may not see it.</summary>
    public async Task<RoundSummary?> RoundAsync(string roundCode, CancellationToken cancellationToken) =>
        (await RoundsAsync(cancellationToken)).FirstOrDefault(r => string.Equals(r.Code, roundCode, StringComparison.Ordinal));

    /// <summary>
    /// Every indicator (the catalog's, or <paramref name="indicators"/>) by each of
    /// <paramref name="breakdowns"/> it allows, as the viewer may see it: indicator by indicator in the
    /// order given, breakdowns in <see cref="IndicatorEngine.RoundBreakdowns"/> order.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The round does not exist or the viewer may not see it.</exception>
    public async Task<IReadOnlyList<ShownResult>> GetAsync(
        string roundCode,
        IEnumerable<Owned<IndicatorInfo>>? indicators,
        IReadOnlyCollection<Breakdown> breakdowns,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(breakdowns);
        if (await RoundAsync(roundCode, cancellationToken) is null)
        {
            throw new KeyNotFoundException(scope.IsSecretariat ? $"There is no survey round '{roundCode}'." : $"There is no published round '{roundCode}'.");
        }

        if (!requests.TryGetValue(roundCode, out var request))
        {
            request = await stamps.RequestAsync(roundCode, includeUnvalidated: false, cancellationToken);
            requests[roundCode] = request;
        }

        return await results.GetShownAsync(Rule, request, indicators, breakdowns, cancellationToken);
    }

    /// <summary>
    /// <paramref name="indicator"/> by <paramref name="breakdown"/> in every round the viewer may see,
    /// oldest first; each round is protected on its own.
    /// </summary>
    public async Task<IReadOnlyList<(RoundSummary Round, ShownResult Result)>> SeriesAsync(
        Owned<IndicatorInfo> indicator,
        Breakdown breakdown,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var series = new List<(RoundSummary, ShownResult)>();
        foreach (var round in (await RoundsAsync(cancellationToken)).Reverse())
        {
            var result = await GetAsync(round.Code, [indicator], [breakdown], cancellationToken);
            if (result.Count == 1)
            {
                series.Add((round, result[0]));
            }
        }

        return series;
    }
}
